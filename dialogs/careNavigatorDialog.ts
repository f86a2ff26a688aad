import type { TurnContext } from 'botbuilder';
import {
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { applyInferred, inferSlots } from './catalogue/askOnce.js';
import { nextQuestion, recordAnswer, recordSkip } from './catalogue/conversationFlow.js';
import type { IntakeState } from './catalogue/intakeState.js';
import { MAX_TEXT_ANSWER, parseAnswer, type AnswerProblem } from './catalogue/parseAnswer.js';
import type { Question } from './catalogue/questionSchema.js';
import type { ConversationServices } from './conversationServices.js';
import { choiceLabels, choiceWords, promptText, voiceFor, type Voice } from './questionText.js';
import { channelShowsCards, messageWithButtons, multipleChoiceActivity } from './replies.js';
import { SafeConversationDialog } from './safeConversationDialog.js';
import { completeReferral, showMatches } from './showResults.js';

/** Dialog ids carry a version: when the walk changes shape, botbuilder raises `versionChanged` for stored stacks. */
export const CARE_NAVIGATOR_DIALOG = 'careNavigator.v1';
const WALK = 'careNavigator.walk.v1';
const ANSWER = 'careNavigator.answer.v1';

/** Two re-prompts, then a sensible default or a skip: people should never be stuck on one question. */
const MAX_ATTEMPTS = 3;

/**
 * The whole conversation: a generic walk over the question catalogue (data), then the matches and the summary.
 * One prompt serves every question; the catalogue says which question comes next.
 */
export class CareNavigatorDialog extends SafeConversationDialog {
  constructor(services: ConversationServices) {
    super(CARE_NAVIGATOR_DIALOG, services, WALK);
    this.addDialog(new TextPrompt(ANSWER, (prompt) => this.validateAnswer(prompt)));
    this.addDialog(new WaterfallDialog(WALK, [(step) => this.askStep(step), (step) => this.recordStep(step)]));
    this.initialDialogId = WALK;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = await this.readState(step.context);
    const voice = voiceFor(this.services.localiser, state);
    if (!state.greeted) {
      state.greeted = true;
      await this.writeState(step.context, state);
      await this.greet(step.context, voice);
    }
    if (state.reference !== undefined) {
      await step.context.sendActivity(voice.t('finished'));
      return step.endDialog();
    }
    let question = nextQuestion(this.services.catalogue, state, 'intake');
    if (!question && state.matches === undefined) {
      await showMatches(step.context, this.services, state);
    }
    question ??= nextQuestion(this.services.catalogue, state, 'afterMatches');
    if (!question) {
      await this.writeState(step.context, await completeReferral(step.context, this.services, state));
      return step.endDialog();
    }
    state.current = question.id;
    await this.writeState(step.context, state);
    return step.prompt(ANSWER, { prompt: this.questionActivity(voice, question, state, step.context.activity.channelId) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    let state = await this.readState(step.context);
    const question = this.services.catalogue.find((candidate) => candidate.id === state.current);
    if (!question) return step.replaceDialog(WALK);
    const text = typeof step.result === 'string' ? step.result : '';
    const parsed = parseAnswer(question, text, choiceWords(this.services.localiser, question, state));
    if (parsed.ok) {
      state = recordAnswer(this.services.catalogue, state, question.id, parsed.value);
      if (question.id === 'language' && (parsed.value === 'cy' || parsed.value === 'en')) {
        state = { ...state, language: parsed.value, languageSettled: true };
      }
      if (question.verbatim) state = await this.confirmWhatWasSaid(step.context, state, text);
      const line = typeof parsed.value === 'string' ? question.afterAnswer[parsed.value] : undefined;
      if (line) {
        const voice = voiceFor(this.services.localiser, state);
        await step.context.sendActivity(voice.t(line, { ...voice.options, ...this.councilOptions() }));
      }
    } else {
      state = question.fallback
        ? recordAnswer(this.services.catalogue, state, question.id, question.fallback)
        : recordSkip(state, question.id);
      await step.context.sendActivity(voiceFor(this.services.localiser, state).t('gaveUp'));
    }
    await this.writeState(step.context, state);
    return step.replaceDialog(WALK);
  }

  protected override async keepAnswer(context: TurnContext, state: IntakeState, text: string): Promise<IntakeState> {
    const question = this.services.catalogue.find((candidate) => candidate.id === state.current);
    if (!question?.verbatim) return state;
    const parsed = parseAnswer(question, text, []);
    if (!parsed.ok) return state;
    return this.confirmWhatWasSaid(context, recordAnswer(this.services.catalogue, state, question.id, parsed.value), text);
  }

  /**
   * Ask once: a free-text answer that also says the age, postcode or living situation fills those slots, and the bot
   * confirms what it noted instead of asking again.
   */
  private async confirmWhatWasSaid(context: TurnContext, state: IntakeState, text: string): Promise<IntakeState> {
    const inferred = inferSlots(text, state);
    const slots = Object.entries(inferred);
    if (slots.length === 0) return state;
    const voice = voiceFor(this.services.localiser, state);
    const facts = slots.map(([slot, value]) => voice.t(`fact.${slot}`, { value })).join(', ');
    await context.sendActivity(voice.t('noted', { ...voice.options, facts }));
    return applyInferred(state, inferred);
  }

  private async validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const state = await this.readState(prompt.context);
    const question = this.services.catalogue.find((candidate) => candidate.id === state.current);
    if (!question) return true;
    const parsed = parseAnswer(question, prompt.recognized.value ?? '', choiceWords(this.services.localiser, question, state));
    if (parsed.ok || prompt.attemptCount >= MAX_ATTEMPTS) return true;
    await prompt.context.sendActivity(this.repromptActivity(voiceFor(this.services.localiser, state), question, state, parsed.problem));
    return false;
  }

  private async greet(context: TurnContext, voice: Voice): Promise<void> {
    const council = { ...voice.options, ...this.councilOptions() };
    await context.sendActivity(voice.t('welcome', council));
    await context.sendActivity(`${voice.t('emergencyNote')} ${voice.t('howToUse')}`);
  }

  private questionActivity(voice: Voice, question: Question, state: IntakeState, channelId: string): ReturnType<typeof messageWithButtons> {
    const several = question.kind === 'multiChoice' || question.kind === 'matchedServices';
    if (several && channelShowsCards(channelId)) {
      return multipleChoiceActivity(promptText(voice, question), choiceLabels(voice, question, state), voice.t('submitChoices'), question.id);
    }
    return messageWithButtons(promptText(voice, question), this.buttonsFor(voice, question, state));
  }

  private repromptActivity(voice: Voice, question: Question, state: IntakeState, problem: AnswerProblem): ReturnType<typeof messageWithButtons> {
    return messageWithButtons(voice.t(`reprompt.${problem}`, { max: MAX_TEXT_ANSWER }), this.buttonsFor(voice, question, state));
  }

  /** Choice buttons; a question typed freely gets a Skip button so nobody is stuck. */
  private buttonsFor(voice: Voice, question: Question, state: IntakeState): string[] {
    const labels = choiceLabels(voice, question, state);
    if (labels.length > 0 || !question.skippable) return labels;
    return [this.services.localiser.getFixedT(voice.language, 'commands')('labels.skip')];
  }
}

