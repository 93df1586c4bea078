import type { Sector } from '../../../domain/constants.js';

/** 0 = the acute-danger check before the meldcode; 1–5 = the basismodel steps. */
export type StepNumber = 0 | 1 | 2 | 3 | 4 | 5;

/** One answer button. `next` is the id of a node or of an outcome (one shared id space). */
export interface FlowChoice {
  id: string;
  label: string;
  next: string;
  /**
   * Line for the dossier record (verslag) and the advice summary. Without it the answer is not
   * listed: use that for "not yet, I do it now" choices whose follow-up question records the result.
   */
  recordAs?: string;
}

/** Sector-specific replacement of a node's texts and/or its whole choice list. */
export interface NodeVariant {
  title?: string;
  question?: string;
  explanation?: string;
  choices?: FlowChoice[];
}

export interface FlowNode {
  id: string;
  step: StepNumber;
  /** Afwegingsvraag number (1–5) when this node asks one; shown in the verslag. */
  afweging?: 1 | 2 | 3 | 4 | 5;
  title: string;
  question: string;
  explanation?: string;
  choices: FlowChoice[];
  /**
   * Several answers may be chosen at once. The chosen answer listed first in `choices` decides where
   * the walk goes, so list the answers that need a special route first.
   */
  multiple?: boolean;
  /** Only these sectors ever see the node. Absent = every sector. */
  sectors?: Sector[];
  variants?: Partial<Record<Sector, NodeVariant>>;
}

export interface OutcomeVariant {
  title?: string;
  text?: string;
  actions?: string[];
}

export interface FlowOutcome {
  id: string;
  title: string;
  text: string;
  /** Concrete next actions, in order. */
  actions: string[];
  /** Short label above the title; absent = derived from `acute` and `melden`. */
  label?: string;
  /** Veilig Thuis comes before any conversation with the family (special routes). */
  veiligThuisFirst?: boolean;
  /** The phone line under the actions; absent = derived from `acute` and `melden`. */
  phones?: string;
  /** One line for the verslag's "Besluit" section. */
  decision: string;
  melden: boolean;
  acute: boolean;
  variants?: Partial<Record<Sector, OutcomeVariant>>;
}

export interface FlowDefinition {
  id: string;
  version: number;
  start: string;
  nodes: FlowNode[];
  outcomes: FlowOutcome[];
}

/** A node after applying the variant for one sector. */
export interface ResolvedNode {
  id: string;
  step: StepNumber;
  afweging?: FlowNode['afweging'];
  title: string;
  question: string;
  explanation?: string;
  choices: FlowChoice[];
  multiple: boolean;
}

/** An outcome after applying the variant for one sector. */
export type ResolvedOutcome = Omit<FlowOutcome, 'variants'>;

export interface ChoiceView {
  id: string;
  label: string;
}

export interface QuestionView {
  kind: 'question';
  nodeId: string;
  stepNumber: StepNumber;
  /** "Stap 2 van 5", or "Eerst: veiligheid" for step 0. */
  stepLabel: string;
  /** Name of the meldcode step (MeldcodeSteps), or "Veiligheid" for step 0. */
  stepName: string;
  title: string;
  question: string;
  explanation?: string;
  choices: ChoiceView[];
  multiple: boolean;
  canGoBack: boolean;
}

export interface OutcomeView {
  kind: 'outcome';
  outcomeId: string;
  title: string;
  text: string;
  actions: string[];
  acute: boolean;
  melden: boolean;
  label?: string;
  veiligThuisFirst?: boolean;
  phones?: string;
  canGoBack: boolean;
}

export type WalkView = QuestionView | OutcomeView;
