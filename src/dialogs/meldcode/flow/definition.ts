import type { FlowDefinition } from './types.js';
import { acuteNode, kindcheckNode, schoolEmployeeNode, signalsNode } from './data/step0-1.js';
import {
  consultNode,
  consultNowNode,
  talkNeededNode,
  talkNode,
  talkNowNode,
  talkSkipReasonNode,
  vtAdviceNode,
  vtAdviceNowNode,
} from './data/step2-3.js';
import {
  afweging1DoubtNode,
  afweging1Node,
  afweging2DoubtNode,
  afweging2Node,
  afweging3Node,
  afweging4Node,
  afweging5Node,
} from './data/step4-5.js';
import { outcomes } from './data/outcomes.js';

/**
 * The meldcode walk-through as data. Texts live next to their nodes in data/*.ts; this file
 * only lists them. Run validateFlow(meldcodeFlow) at start-up (see getMeldcodeFlow in index.ts).
 */
export const meldcodeFlow: FlowDefinition = {
  id: 'meldcode',
  version: 1,
  start: 'acute',
  nodes: [
    acuteNode,
    schoolEmployeeNode,
    kindcheckNode,
    signalsNode,
    consultNode,
    consultNowNode,
    vtAdviceNode,
    vtAdviceNowNode,
    talkNode,
    talkNowNode,
    talkSkipReasonNode,
    talkNeededNode,
    afweging1Node,
    afweging1DoubtNode,
    afweging2Node,
    afweging2DoubtNode,
    afweging3Node,
    afweging4Node,
    afweging5Node,
  ],
  outcomes,
};
