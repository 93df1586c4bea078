import type { FlowDefinition } from './types.js';
import { acuteNode, kindcheckNode, sexualWhoNode, signalsNode, whoNode } from './data/step0-1.js';
import { careKindNode, colleagueOrgNode, departureNode, houderSuspectNode, schoolLevelNode, suicideHomeNode } from './data/routes.js';
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
  version: 2,
  start: 'acute',
  nodes: [
    acuteNode,
    whoNode,
    colleagueOrgNode,
    schoolLevelNode,
    houderSuspectNode,
    careKindNode,
    departureNode,
    suicideHomeNode,
    kindcheckNode,
    signalsNode,
    sexualWhoNode,
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
