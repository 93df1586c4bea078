import type { DefaultConversationState, DefaultUserState, TurnState } from '@microsoft/teams-ai';
import type { ConversationState, UserState } from '../app/turnState.js';

/** teams-ai's TurnState over the features' neutral state slices. */
export type AppTurnState = TurnState<ConversationState & DefaultConversationState, UserState & DefaultUserState>;
