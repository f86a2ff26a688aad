import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogEvents,
  DialogTurnStatus,
  type DialogContext,
  type DialogEvent,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { CommandWords, recognizeCommand, type Command } from './catalogue/commands.js';
import { recordSkip, undoLast } from './catalogue/conversationFlow.js';
import { audienceOf, IntakeState, newIntakeState, type Language } from './catalogue/intakeState.js';
import { parseAnswer, type ChoiceWords } from './catalogue/parseAnswer.js';
import { Question } from './catalogue/questionSchema.js';
import type { ConversationServices, CrisisKind, CrisisSignal } from './conversationServices.js';
import { LANGUAGES } from './localiser.js';
import { choiceWords, voiceFor, type Voice } from './questionText.js';
import { cardAnswerText, cardQuestionId, channelShowsCards, crisisActivity, messageWithButtons } from './replies.js';

/** Turn-state flag: this turn found a dialog stack stored by dialogs of another shape. */
const SHAPE_CHANGED = Symbol('careNavigator.shapeChanged');

/** The event a page sends when a person comes back to a conversation, so the bot repeats its question. */
export const RESUME_EVENT = 'careNavigator/resume';

/** "Is this happening now?" is read like any yes/no question. */
const YES_NO: Question = Question.parse({ id: 'isItNow', section: 'about', kind: 'yesNo' });

/**
 * What a message says: its text, or, for a card submit with no text, the words in its submitted values. The safety
 * net reads every word a person sends, however it arrives.
 */
export function messageText(text: string | undefined, value: unknown): string {
  if (text && text.trim().length > 0) return text.trim();
  if (value && typeof value === 'object') {
    return Object.values(value)
      .filter((entry): entry is string => typeof entry === 'string')
      .join(' ')
      .trim();
  }
  return '';
}

/** The language a channel's locale asks for, if we speak it ("cy-GB" → cy). */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return LANGUAGES.find((language) => language === prefix);
}

/**
 * The one base dialog. On every turn, before any step or prompt sees the message, it runs the safety net and then
 * the commands that work anywhere (help, back, skip, start again, change language, talk to a person, delete my
 * answers). Subclasses only walk the conversation; no step can forget these.
 */
export abstract class SafeConversationDialog extends ComponentDialog {
  private readonly commandWords: CommandWords[];

  protected constructor(
    id: string,
    protected readonly services: ConversationServices,
    /** The dialog that walks the catalogue; restarted to ask the current question again. */
    private readonly walkDialogId: string,
  ) {
    super(id);
    this.commandWords = LANGUAGES.map((language) => CommandWords.parse(services.localiser.getResourceBundle(language, 'commands')));
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    if (innerDc.context.turnState.get(SHAPE_CHANGED) === true) {
      // The stored stack was made by an older version of these dialogs. The answers live in our own state, not in the
      // stack, so nothing is lost: say so, and ask the current question again with the new dialogs.
      const state = await this.readState(innerDc.context);
      await innerDc.context.sendActivity(voiceFor(this.services.localiser, state).t('updated'));
      return this.restartWalk(innerDc);
    }
    return super.onContinueDialog(innerDc);
  }

  /** botbuilder raises `versionChanged` when the stored stack was made by dialogs of another shape: handled on purpose. */
  protected override async onPreBubbleEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    if (event.name === DialogEvents.versionChanged) {
      dc.context.turnState.set(SHAPE_CHANGED, true);
      return true;
    }
    return super.onPreBubbleEvent(dc, event);
  }

  /** The conversation's state, parsed; a missing or unreadable one starts fresh in the channel's language. */
  protected async readState(context: TurnContext): Promise<IntakeState> {
    const parsed = IntakeState.safeParse(await this.services.intakeState.get(context));
    if (parsed.success) return parsed.data;
    const fromChannel = languageFromLocale(context.activity.locale);
    const fresh = newIntakeState(fromChannel ?? 'en', fromChannel !== undefined);
    // A Welsh channel has made the language choice for us: no need to offer it.
    if (fromChannel === 'cy') fresh.answers.language = 'cy';
    await this.writeState(context, fresh);
    return fresh;
  }

  protected async writeState(context: TurnContext, state: IntakeState): Promise<void> {
    await this.services.intakeState.set(context, state);
  }

  /**
   * Records a message that the safety net took as the answer to the waiting question, where it can be one (the
   * person's own words): someone who says "my son hits me and takes my pension" has told their story, and is not asked
   * for it again. Returns the state unchanged where the message cannot be an answer.
   */
  protected abstract keepAnswer(context: TurnContext, state: IntakeState, text: string): Promise<IntakeState>;

  /** Asks the current question again (or the next one), after an interruption. */
  protected async restartWalk(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(this.walkDialogId);
  }

  /** Handles the message if the safety net or a command claims it; otherwise undefined, and the walk goes on. */
  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = dc.context.activity;
    if (activity.type === ActivityTypes.Event && activity.name === RESUME_EVENT) {
      const state = await this.readState(dc.context);
      if (state.history.length > 0) await dc.context.sendActivity(voiceFor(this.services.localiser, state).t('resumed'));
      return this.restartWalk(dc);
    }
    if (activity.type !== ActivityTypes.Message) return undefined;
    const text = messageText(activity.text, activity.value);
    const state = await this.readState(dc.context);
    if (text.length === 0) {
      // A card sent with nothing ticked is an empty answer: the question itself says what is missing.
      if (cardAnswerText(activity.value) !== undefined) return undefined;
      await dc.context.sendActivity(voiceFor(this.services.localiser, state).t('unsupportedMessage'));
      return this.restartWalk(dc);
    }
    const safety = await this.applySafetyNet(dc, state, text);
    if (safety) return safety;
    const cardFor = cardQuestionId(activity.value);
    if (cardFor !== undefined && cardFor !== state.current) {
      // An old card still in the transcript: its ticks belong to an earlier question, not the one now asked.
      await dc.context.sendActivity(voiceFor(this.services.localiser, state).t('staleCard'));
      return this.restartWalk(dc);
    }
    const command = recognizeCommand(text, this.commandWords);
    return command ? this.runCommand(dc, state, command) : undefined;
  }

  /**
   * The safety net. A clear danger gets its crisis routes at once; an unclear one gets one short question ("Is this
   * happening now?"). If the check itself fails, the message is treated as a possible emergency.
   */
  private async applySafetyNet(dc: DialogContext, state: IntakeState, text: string): Promise<DialogTurnResult | undefined> {
    let signals: readonly CrisisSignal[];
    try {
      signals = this.services.checkForCrisis(text);
    } catch {
      // Fail safe: never let a fault in the check hide an emergency.
      signals = [
        { kind: 'medical', certainty: 'clear' },
        { kind: 'suicide', certainty: 'clear' },
        { kind: 'abuse', certainty: 'clear' },
      ];
    }
    let clear = [...new Set(signals.filter((signal) => signal.certainty === 'clear').map((signal) => signal.kind))];
    const pending = state.pendingCrisis;
    // What the person said when danger was raised is still their answer: it is kept, never lost to the safety net.
    const said = state.heldAnswer ?? text;
    if (pending !== undefined) {
      state.pendingCrisis = undefined;
      state.heldAnswer = undefined;
      if (clear.length === 0) {
        const answer = parseAnswer(YES_NO, text, this.happeningNowWords());
        if (answer.ok && answer.value === 'no') {
          await dc.context.sendActivity(this.services.localiser.getFixedT(state.language, 'safety')('notNowThanks'));
          await this.writeState(dc.context, await this.keepAnswer(dc.context, state, said));
          return this.restartWalk(dc);
        }
        // "Yes", or anything we cannot read as "no": show the routes. Wrongly showing help is the safe mistake.
        clear = [pending];
      }
    }
    // Answer danger in the language it was written in; before the language is chosen, that choice is made too.
    const welsh = this.services.looksWelsh(text);
    if (welsh && !state.languageSettled) state.language = 'cy';
    const crisisLanguage: Language = welsh ? 'cy' : state.language;
    if (clear.length > 0) return this.showCrisisRoutes(dc, state, clear, crisisLanguage, said);
    const unclear = signals.find((signal) => signal.certainty === 'unclear');
    if (unclear) {
      state.pendingCrisis = unclear.kind;
      state.heldAnswer = text;
      await this.writeState(dc.context, state);
      const voice = voiceFor(this.services.localiser, state);
      const safety = this.services.localiser.getFixedT(crisisLanguage, 'safety');
      const choices = [safety('happeningNowChoices.yes'), safety('happeningNowChoices.no')];
      await dc.context.sendActivity(messageWithButtons(safety('isItHappeningNow', voice.options), choices));
      return Dialog.EndOfTurn;
    }
    if (pending !== undefined) await this.writeState(dc.context, state);
    return undefined;
  }

  /** Yes/no words, plus the "Yes, now" / "No, not now" buttons in both languages. */
  private happeningNowWords(): ChoiceWords[] {
    return choiceWords(this.services.localiser, YES_NO, newIntakeState('en', true)).map((choice) => ({
      id: choice.id,
      phrases: [
        ...choice.phrases,
        ...LANGUAGES.map((language) => this.services.localiser.getFixedT(language, 'safety')(`happeningNowChoices.${choice.id}`)),
      ],
    }));
  }

  private async showCrisisRoutes(
    dc: DialogContext,
    state: IntakeState,
    kinds: readonly CrisisKind[],
    language: Language,
    said: string,
  ): Promise<DialogTurnResult> {
    const audience = audienceOf(state);
    const cards = channelShowsCards(dc.context.activity.channelId);
    const at = this.services.now().toISOString();
    for (const kind of kinds) {
      const message = this.services.crisisMessage(kind, language, audience);
      await dc.context.sendActivity(crisisActivity(message, cards));
      state.risks.push({ kind, at, advised: message.routes.map((route) => route.tel ?? route.sms ?? route.label) });
    }
    const voice = voiceFor(this.services.localiser, state);
    await dc.context.sendActivity(this.services.localiser.getFixedT(state.language, 'safety')('carryOn', voice.options));
    await this.writeState(dc.context, await this.keepAnswer(dc.context, state, said));
    return this.restartWalk(dc);
  }

  private currentQuestion(state: IntakeState): Question | undefined {
    return this.services.catalogue.find((question) => question.id === state.current);
  }

  private async runCommand(dc: DialogContext, state: IntakeState, command: Command): Promise<DialogTurnResult> {
    const voice = voiceFor(this.services.localiser, state);
    const say = (key: string, extra: Record<string, unknown> = {}): Promise<unknown> =>
      dc.context.sendActivity(voice.t(key, { ...voice.options, ...this.councilOptions(), ...extra }));
    switch (command) {
      case 'help': {
        await say('help');
        const current = this.currentQuestion(state);
        const questionHelp = current ? voice.q(`${current.id}.help`, { ...voice.options, defaultValue: '' }) : '';
        if (questionHelp !== '') await dc.context.sendActivity(questionHelp);
        return this.restartWalk(dc);
      }
      case 'back': {
        const undone = undoLast(this.services.catalogue, state);
        await say(undone === state ? 'nothingToGoBackTo' : 'goingBack');
        await this.writeState(dc.context, undone);
        return this.restartWalk(dc);
      }
      case 'skip': {
        const current = this.currentQuestion(state);
        if (current && !current.skippable) {
          await say('cannotSkip');
        } else if (current) {
          await this.writeState(dc.context, recordSkip(state, current.id));
          await say('skipped');
        }
        return this.restartWalk(dc);
      }
      case 'startAgain': {
        const fresh = newIntakeState(state.language, true);
        fresh.answers.language = state.language;
        fresh.greeted = true;
        await this.writeState(dc.context, fresh);
        await say('startingAgain');
        return this.restartWalk(dc);
      }
      case 'welsh':
      case 'english':
      case 'changeLanguage':
        return this.switchLanguage(dc, state, command);
      case 'talkToPerson':
        await say('talkToPerson');
        return this.restartWalk(dc);
      case 'deleteMyAnswers':
        return this.deleteAnswers(dc, state, voice);
    }
  }

  private async switchLanguage(dc: DialogContext, state: IntakeState, command: 'welsh' | 'english' | 'changeLanguage'): Promise<DialogTurnResult> {
    const language: Language = command === 'welsh' ? 'cy' : command === 'english' ? 'en' : state.language === 'en' ? 'cy' : 'en';
    // Answers are kept: only the language changes. Choosing it also answers the Active Offer.
    const switched: IntakeState = { ...state, language, languageSettled: true, answers: { ...state.answers, language } };
    const answeringTheOffer = state.current === 'language';
    if (answeringTheOffer) {
      switched.current = undefined;
      switched.history = [...state.history.filter((id) => id !== 'language'), 'language'];
    }
    await this.writeState(dc.context, switched);
    // At the Active Offer, choosing a language is simply the answer: there is nothing yet to reassure about.
    if (!answeringTheOffer) await dc.context.sendActivity(voiceFor(this.services.localiser, switched).t('languageChanged'));
    return this.restartWalk(dc);
  }

  private async deleteAnswers(dc: DialogContext, state: IntakeState, voice: Voice): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    await this.services.eraseConversation(dc.context);
    const shared = state.reference !== undefined && state.shared === true;
    const referralNote = shared
      ? voice.t('deletedSharedReferralNote', { reference: state.reference, ...this.councilOptions() })
      : state.reference !== undefined
        ? voice.t('deletedReferralNote')
        : '';
    if (state.reference !== undefined && !shared) await this.services.forgetReferral(state.reference);
    await dc.context.sendActivity(voice.t('deleted', { referralNote }));
    return { status: DialogTurnStatus.complete };
  }

  /** Interpolation values for the council's own routes. */
  protected councilOptions(): Record<string, string> {
    const council = this.services.council;
    return { council: council.councilName, phone: council.contactPhone, url: council.contactUrl };
  }
}
