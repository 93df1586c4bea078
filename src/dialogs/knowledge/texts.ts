import { PhoneNumbers } from '../../domain/constants.js';
import type { ForeignConcern } from '../../domain/understanding/foreignConcerns.js';
import type { Language } from '../../domain/understanding/language.js';
import type { QuestionType } from '../../domain/understanding/questionType.js';

const { emergency, veiligThuis } = PhoneNumbers;

export const KnowledgeTexts = {
  noMatch: 'Daar heb ik geen goed antwoord op. Wil je de meldcode-stappen doorlopen, of je vraag aan een adviseur van Veilig Thuis stellen?',
  noMatchTitle: 'Geen passend antwoord gevonden',
  articleGone: 'Dit artikel bestaat niet meer. Stel je vraag opnieuw.',
  safetyLine: `Acuut gevaar? Bel ${emergency}. Twijfel of zorgen? Veilig Thuis: ${veiligThuis} (gratis, 24/7).`,
  worryTitle: 'Wat ik lees',
  startWalk: 'Meldcode-stappen doorlopen',
  resumeWalk: 'Verder met de meldcode',
  askAdvice: 'Advies vragen aan Veilig Thuis',
  readAlso: (title: string) => `Lees ook: ${title}`,
  readAnswer: (title: string) => `Lees het hele antwoord: ${title}`,
  /** Said when the best article may give another kind of answer than the question asks for (the reader cannot be sure it does not). */
  otherKindOfAnswer: (asked: QuestionType) => `Staat het antwoord op ${QuestionKinds[asked]} hier niet in? Vraag het een adviseur van Veilig Thuis (${veiligThuis}).`,
  control: {
    thanks: 'Graag gedaan. Stel gerust nog een vraag, of typ "help" om te zien wat ik kan.',
    signOff: `Graag gedaan. Leg vast met wie je het besprak, wat jullie afspraken en wat je nog gaat doen. Je kunt hier altijd terugkomen, ook als er iets verandert: vertel dan kort wat er nu speelt. Acuut gevaar? Bel ${emergency}. Veilig Thuis: ${veiligThuis} (gratis, 24/7).`,
    whoAreYou:
      'Ik ben een digitale assistent van Veilig Thuis, geen mens. Ik zoek antwoorden in vaste, gecontroleerde teksten en loop de meldcode met je door. Wil je met een mens overleggen? Vraag advies aan Veilig Thuis.',
    language:
      'Ik lees en schrijf alleen Nederlands, geen dialect. Typ je vraag gewoon in je eigen woorden; een tikfout of spreektaal is geen probleem. In acute nood: bel 112.',
    /** "Onthoud jij wat ik typ?", "mag ik hier namen intypen?": what the bot keeps, above the overview of what it can do. */
    privacy:
      'Wat je hier in gewone woorden vraagt, bewaar ik niet: ik lees het en antwoord. Ik onthoud alleen je sector en, als je ze doorloopt, je meldcode-stappen; met "vergeet mijn gegevens" wis je die. Alleen een adviesvraag die je zelf verstuurt, gaat naar Veilig Thuis; die wordt daar bewaard volgens de bewaartermijn. Dit gesprek zelf is een gewone Teams-chat: Teams bewaart de chatgeschiedenis binnen je eigen organisatie, volgens de regels van je werkgever; wie die kan inzien, weet je privacy- of ICT-afdeling. Typ geen namen, BSN, adressen, telefoonnummers of geboortedata van cliënten: beschrijf de situatie zonder die gegevens. Zie ik ze in een adviesvraag, dan wijs ik je erop voordat je verstuurt.',
    /** "Ik heb per ongeluk een naam getypt, kan dat weg?": what the bot keeps of it, and how to take it out of the Teams chat. */
    detailsTyped:
      'Goed dat je het zegt. Ik bewaar niet wat je hier in gewone woorden typt: ik lees het en antwoord, en in mijn logboek komt nooit tekst die iemand typte. Je bericht staat wel in deze Teams-chat, en Teams bewaart de chatgeschiedenis binnen je eigen organisatie. Verwijder het bericht daar zelf: ga naar het bericht, open het menu met de drie puntjes en kies Verwijderen. Of dat kan, stelt je organisatie in. Lukt het niet, of twijfel je, meld het dan bij je privacy officer of functionaris gegevensbescherming: die beoordeelt of er meer moet gebeuren. Stonden de gegevens in een adviesvraag die je naar Veilig Thuis verstuurde? Zeg het dan tegen de adviseur die je vraag oppakt. Beschrijf een situatie voortaan zonder namen, adressen, BSN, telefoonnummers of geboortedata.',
    ok: 'Prima. Typ je volgende vraag in gewone woorden, of typ "help" om te zien wat ik kan.',
    nothingToStop: 'Er loopt nu niets om te stoppen of te annuleren. Typ "help" om te zien wat ik kan.',
    nothingToGoBackTo: 'Er is geen vorige stap om naar terug te gaan. Typ "help" om te zien wat ik kan.',
    walkOpenStop: 'Je meldcode-stappen staan nog open. Wil je ze stoppen?',
    walkOpenBack: 'Je meldcode-stappen staan nog open. Met "Verder met de meldcode" zie je de vraag waar je was; op die kaart kun je ook een stap terug.',
    stopWalk: 'Ja, stoppen',
    noQuestionOpen: 'Ik heb nu geen vraag openstaan waar dit een antwoord op is. Stel je vraag in een zin, of typ "help".',
  },
  /** Only where the message is about someone of the asker's own organisation: the route for a suspect colleague. */
  foreignStaff: {
    en: 'Is the person you suspect someone who works in your organisation (a colleague, an intern, a volunteer, a trainer)? Then these steps are not the route: tell your manager or the board at once, do not confront that person yourself, and ask Veilig Thuis for advice.',
    de: 'Arbeitet die Person, die Sie verdächtigen, in Ihrer Einrichtung (Kollege, Praktikant, Ehrenamtlicher, Trainer)? Dann gelten diese Schritte nicht: sagen Sie es sofort Ihrer Leitung oder dem Vorstand, sprechen Sie die Person nicht selbst darauf an, und fragen Sie Veilig Thuis um Rat.',
  } as Partial<Record<Exclude<Language, 'nl'>, string>>,
  /** Below the English reply, for what the message is about (foreignConcerns.ts). */
  foreignConcern: {
    'harmful-practice': `What you describe may point to a forced marriage, female genital mutilation (FGM) or a child being left behind abroad. Do not talk about it with the parents or the family first: that can raise the danger or bring the departure forward. Call Veilig Thuis (${veiligThuis}) now, before the trip, and say when it is planned; they decide with you what has to happen. If the departure is only hours away, call the police on ${emergency}.`,
    exploitation: `What you describe may point to exploitation or human trafficking (mensenhandel), for instance where an employer, landlord or "boyfriend" keeps someone's papers or money. Do not raise it first with that person or the people around them: that can raise the danger. Ask Veilig Thuis first (${veiligThuis}, free, 24/7); you can ask for advice without giving names. If someone is in danger now, call ${emergency}.`,
    'melder-known': `As a professional you cannot report to Veilig Thuis anonymously. Veilig Thuis in principle tells the family who reported, unless that puts you, your colleagues or the people involved at risk, or harms your relationship with them: say so when you report. Asking for advice is always possible without naming anyone.`,
    consent: `As a professional you may ask Veilig Thuis for advice and make a report without the consent of the people involved, even where you have a duty of confidentiality: Dutch law gives you a right to report (meldrecht), not a duty. Without consent is not behind their back: in principle you tell them that you are going to report, unless that puts someone at risk.`,
    'must-report': 'Whether you report is weighed in the last steps of the meldcode. Reporting to Veilig Thuis is the professional norm when someone is unsafe now, when the unsafety repeats or goes on (a child who again and again sees violence at home counts), when you cannot offer or arrange enough help yourself, or when the help does not stop it. A child or adult who tells you about violence themselves and asks for help counts as acute: then you report.',
    'after-report': 'After a report Veilig Thuis first assesses safety, within 5 working days, and decides what is needed: often help through the local team, sometimes an investigation by Veilig Thuis itself. You hear back from Veilig Thuis at least after that assessment.',
    'talk-first': 'Do not raise it first with the person you suspect, or where they can hear it: that can raise the danger. Ask Veilig Thuis first how and when a conversation can be held safely.',
    'child-witness': 'A child who sees or hears violence between the adults at home is harmed by it too, even if the child is never hit: in Dutch practice that counts as psychological abuse of the child. It is a concern for Veilig Thuis, for the child and for the parent who is hurt.',
    'adult-calls-herself': `An adult who is affected can call Veilig Thuis herself or himself, free and 24/7 (${veiligThuis}), for advice. There is also an anonymous Veilig Thuis chat; no formal report can be made through the chat.`,
    'police-or-vt': `Call the police (${emergency}) when someone is in danger now or in the coming hours. Without immediate danger, Veilig Thuis (${veiligThuis}, free, 24/7) is the place for advice and reports, also about exploitation and human trafficking; Veilig Thuis brings in the police where needed. Do not confront the person you suspect.`,
    'self-harm': `Wounds someone makes to themselves need attention today. For thoughts of suicide or self-harm: 113 Zelfmoordpreventie, 113 or 0800-0113 (free, 24/7), chat at 113.nl. If the wounds may come from someone at home, that is a concern for Veilig Thuis too.`,
    'suicide-route': `Self-harm or thoughts of suicide, with nothing that says home is unsafe: then the route is not Veilig Thuis. If a life is in danger now, call ${emergency}. Otherwise: 113 Zelfmoordpreventie, 113 or 0800-0113 (free and anonymous, 24/7), chat at 113.nl, and the huisarts (family doctor); at a school, its care team too. Veilig Thuis (${veiligThuis}) is for when home is unsafe.`,
    'suicidal-remark': `Thoughts of suicide need attention today too, beside the worry about home: 113 Zelfmoordpreventie, 113 or 0800-0113 (free and anonymous, 24/7), chat at 113.nl. If a life is in danger now, call ${emergency}.`,
    volunteer: 'As a volunteer you have no meldcode of your own: the five steps below are for organisations. You can always call Veilig Thuis yourself for advice, and your name is shared with the family only with your explicit consent.',
    residence: 'Questions about a residence permit are not in my sources. Ask Veilig Thuis about it when you call.',
  } satisfies Record<ForeignConcern, string>,
  foreign: {
    en: [
      `I only work in Dutch, so here is the short version. In acute danger, call ${emergency}.`,
      `For advice or to report a concern about violence or abuse at home, of a child or of an adult (older people too), call Veilig Thuis: ${veiligThuis} (free, 24/7). You need no proof, and as a professional you can ask for advice without naming the people involved.`,
      'If a child or adult asks you to keep it secret, do not promise that. Tell them honestly that you will talk to someone who can help, and who that is.',
      `Whether Veilig Thuis can talk with you in English is not in my sources. Ask when you call ${veiligThuis}, or ask a Dutch-speaking colleague, such as your aandachtsfunctionaris, to join the call.`,
      'Organisations in health care, education, childcare, social support and youth care must use a reporting code (meldcode) in five steps: 1. write down what you see and hear; 2. discuss it with a colleague, usually your aandachtsfunctionaris, and ask Veilig Thuis for advice if needed; 3. talk with the person or the parents, but not first where that could raise the danger (sexual abuse by a parent, honour-related violence, a trip abroad): then ask Veilig Thuis first; 4. weigh the risk; 5. decide whether to report to Veilig Thuis and whether you can offer or arrange help.',
    ].join('\n\n'),
    de: [
      `Ich arbeite nur auf Niederländisch, darum hier die Kurzfassung. Bei akuter Gefahr rufen Sie ${emergency} an.`,
      `Für Beratung oder eine Meldung bei Sorgen um Gewalt oder Misshandlung zu Hause, bei einem Kind oder einem Erwachsenen (auch älteren Menschen), rufen Sie Veilig Thuis an: ${veiligThuis} (kostenlos, rund um die Uhr). Sie brauchen keinen Beweis, und als Fachkraft können Sie um Rat fragen, ohne Namen zu nennen.`,
      'Bittet ein Kind oder ein Erwachsener Sie, es geheim zu halten, dann versprechen Sie das nicht. Sagen Sie ehrlich, dass Sie mit jemandem sprechen, der helfen kann, und mit wem.',
      `Ob Veilig Thuis auch auf Deutsch berät, steht nicht in meinen Quellen. Fragen Sie beim Anruf unter ${veiligThuis} danach, oder bitten Sie eine niederländischsprachige Kollegin, etwa die aandachtsfunctionaris, dazuzukommen.`,
      'Einrichtungen im Gesundheitswesen, in Schule, Kinderbetreuung, sozialer Unterstützung und Jugendhilfe arbeiten mit einem Meldecode (meldcode) in fünf Schritten: 1. schreiben Sie auf, was Sie sehen und hören; 2. besprechen Sie es mit einer Kollegin oder einem Kollegen, meist der aandachtsfunctionaris, und fragen Sie bei Bedarf Veilig Thuis um Rat; 3. sprechen Sie mit der Person oder den Eltern, aber nicht zuerst, wenn das die Gefahr erhöhen kann (sexueller Missbrauch durch einen Elternteil, Gewalt im Namen der Ehre, eine Reise ins Ausland): dann fragen Sie zuerst Veilig Thuis; 4. schätzen Sie das Risiko ein; 5. entscheiden Sie, ob Sie bei Veilig Thuis melden und ob Sie selbst Hilfe anbieten oder organisieren können.',
    ].join('\n\n'),
    fr: `Je fonctionne uniquement en néerlandais. En cas de danger immédiat, appelez le ${emergency}. Veilig Thuis (conseil et signalement) : ${veiligThuis} (gratuit, 24h/24).`,
    es: `Solo funciono en neerlandés. En caso de peligro inmediato, llame al ${emergency}. Veilig Thuis (consejo y denuncia): ${veiligThuis} (gratis, 24 horas).`,
    pl: `Działam tylko po niderlandzku. W nagłym niebezpieczeństwie dzwoń pod ${emergency}. Veilig Thuis (porada i zgłoszenie): ${veiligThuis} (bezpłatnie, całą dobę).`,
    tr: `Sadece Hollandaca çalışıyorum. Acil tehlikede ${emergency} arayın. Veilig Thuis (danışma ve bildirim): ${veiligThuis} (ücretsiz, 7/24).`,
    ar: `أعمل باللغة الهولندية فقط. في حالة الخطر الفوري اتصل بالرقم ${emergency}. Veilig Thuis (استشارة وإبلاغ): ${veiligThuis} (مجاني، على مدار الساعة).`,
    other: `I only work in Dutch. In acute danger, call ${emergency}. Veilig Thuis: ${veiligThuis} (free, 24/7). Ik werk alleen in het Nederlands.`,
  } satisfies Record<Exclude<Language, 'nl'>, string>,
} as const;

const QuestionKinds: Record<QuestionType, string> = {
  'wat-moet-ik-doen': 'de vraag wat je nu moet doen',
  'wat-is': 'de vraag wat het is of hoe je het herkent',
  'mag-ik': 'de vraag of het mag',
  'moet-ik': 'de vraag of het moet',
  'wie-waar-hoe': 'de vraag wie je waar bereikt',
};
