import { FactSources } from '../../domain/facts.js';

/** Public sources the articles are based on (titles as published); the facts module's sources come first. */
export const Sources = {
  ...FactSources,
  financieelMisbruik: {
    title: 'HuiselijkGeweld.nl – Financieel misbruik van ouderen (factsheet)',
    url: 'https://www.huiselijkgeweld.nl/vormen/financieel-misbruik',
  },
  kamervraagFinancieleOuderenmishandeling: {
    title: 'Tweede Kamer – Antwoord op Kamervragen over financiële ouderenmishandeling (2021Z04026)',
    url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2452.html',
  },
  afwegingskaderBasis: {
    title: 'Rijksoverheid – Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling',
    url: 'https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
  },
  njiAfwegingskader: {
    title: 'NJI – Het afwegingskader in de meldcode',
    url: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
  },
  afwegingskaderOnderwijs: {
    title: 'HuiselijkGeweld.nl – Afwegingskader Meldcode Onderwijs en leerplicht',
    url: 'https://www.huiselijkgeweld.nl/interventies/publicaties/interventies/2018/07/04/afwegingskader-meldcode-onderwijs-en-leerplicht',
  },
  knmgStap5: {
    title: 'KNMG-meldcode – Stap 5: Beslissen over melden via afwegingskader',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/stap-5-beslissen-over-melden-via-afwegingskader',
  },
  knmgAcuut: {
    title: 'KNMG-meldcode – Bijlage 5 Voorbeelden van acute onveiligheid',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-5-voorbeelden-van-acute-onveiligheid',
  },
  knmgStructureel: {
    title: 'KNMG-meldcode – Bijlage 6 Voorbeelden van structurele onveiligheid',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-6-voorbeelden-van-structurele-onveiligheid',
  },
  knmgTaken: {
    title: 'KNMG-meldcode – Bijlage 4 Taken en functie van Veilig Thuis',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-4-taken-en-functie-van-veilig-thuis',
  },
  knmgAnoniem: {
    title: 'KNMG-meldcode – Bijlage 3 Een anonieme melding doen bij Veilig Thuis',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-3-een-anonieme-melding-doen-bij-veilig-thuis',
  },
  afwegingskaderVragenlijst: {
    title: 'Afwegingskader Meldcode – vragenlijst',
    url: 'https://afwegingskadermeldcode.nl/vragenlijst?showtemplate=1',
  },
  signalenkaart: { title: 'Signalenkaart – Meldcode', url: 'https://signalenkaart.nl/meldcode/' },
  meldcodeInformatie: {
    title: 'meldcode.nu – Informatie verwerken',
    url: 'https://www.meldcode.nu/informatie-verwerken/',
  },
  meldcodeMelden: { title: 'meldcode.nu – Melden', url: 'https://www.meldcode.nu/melden/' },
  meldcodeKindcheck: { title: 'meldcode.nu – Kindcheck', url: 'https://www.meldcode.nu/kindcheck/' },
  augeoKindcheck: { title: 'Augeo – Kindcheck', url: 'https://www.augeo.nl/nl-nl/kindcheck' },
  movisieDossier: {
    title: 'Movisie – Meldcode en dossiervorming',
    url: 'https://www.movisie.nl/publicatie/meldcode-dossiervorming',
  },
  jgzRegistratie: {
    title: 'JGZ-richtlijn Kindermishandeling – Registratie',
    url: 'https://www.jgzrichtlijnen.nl/alle-richtlijnen/richtlijn/?richtlijn=12&rlpag=1621',
  },
  leraar24Herkennen: {
    title: 'Leraar24 – Kindermishandeling: hoe herken je het en wat moet je doen?',
    url: 'https://www.leraar24.nl/2619769/kindermishandeling-hoe-herken-je-het-en-wat-moet-je-doen/',
  },
  leraar24Signalen: { title: 'Leraar24 – Kindermishandeling', url: 'https://www.leraar24.nl/50133/kindermishandeling/' },
  njiSignalen: { title: 'NJi – Signalen van kindermishandeling herkennen', url: 'https://www.nji.nl/kindermishandeling/signalen-herkennen' },
  vlaggensysteemMovisie: { title: 'Movisie en Sensoa – Het Vlaggensysteem', url: 'https://vlaggensysteem.nl/' },
  vlaggensysteem: {
    title: 'Handelingsprotocol Zwijndrecht – Signalen seksueel grensoverschrijdend gedrag bij kinderen en het vlaggensysteem',
    url: 'https://www.handelingsprotocol.nl/zwijndrecht-gm3-stap-1-signaleren/zwijndrecht-gm3-vormen-huiselijk-geweld?view=category&id=10',
  },
  lumenSchoolPrivacy: {
    title: 'Lumen Group – Onder welke omstandigheden mag een school persoonsgegevens zonder toestemming doorgeven aan Veilig Thuis?',
    url: 'https://www.lumengroup.nl/knowledgebase/onder-welke-omstandigheden-mag-een-school-persoonsgegevens-van-leerlingen-en-of-ouders-zonder-toestemming-doorgeven-aan-veilig-thuis/',
  },
  ingradoAvg: {
    title: 'Ingrado – Gewone en bijzondere persoonsgegevens',
    url: 'https://www.ingrado.nl/kennisdossiers/avg/avg_en_leerplicht_rmc/regelgeving/gewone_en_bijzondere_persoonsgegevens',
  },
  weekTegenKindermishandeling: {
    title: 'Week tegen Kindermishandeling – Wat kun je als professional van Veilig Thuis verwachten',
    url: 'https://weektegenkindermishandeling.nl/over-kindermishandeling/wat-kun-je-als-professional-van-veilig-thuis-verwachten/',
  },
  cbsMelding: {
    title: 'CBS – Report to Veilig thuis (definitie melding en advies)',
    url: 'https://www.cbs.nl/en-gb/our-services/methods/definitions/report-to-veilig-thuis',
  },
  vngVeiligThuis: { title: 'VNG – Veilig Thuis', url: 'https://vng.nl/veilig-thuis' },
  veiligThuisRivierenland: {
    title: 'Veilig Thuis Rivierenland – Veilig Thuis verbetert werkwijze',
    url: 'https://veiligthuisrr.nl/nieuws/veilig-thuis-verbetert-werkwijze/',
  },
  sduWet: {
    title: 'Sdu – Wet verplichte meldcode huiselijk geweld en kindermishandeling in werking',
    url: 'https://www.sdu.nl/content/sign-wet-verplichte-meldcode-huiselijk-geweld-en-kindermishandeling-werking',
  },
  veiligThuisZlDossier: {
    title: 'Veilig Thuis Zuid-Limburg – Uw dossier',
    url: 'https://veiligthuiszl.nl/over-ons/mijn-rechten-als-client/uw-dossier/',
  },
  ggdGemeenschappelijkeRegeling: {
    title: 'Gemeenschappelijke Regeling GGD Zuid Limburg (CVDR654004)',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR654004/1',
  },
  aefSamenwerking: {
    title: 'AEF – Samen werken aan een veilig thuis: analyse van de samenwerkingsafspraken Veilig Thuis en lokale teams (2020, voor VWS en VNG)',
  },
  ggdZuidLimburgJaarverslag: {
    title: 'GGD Zuid Limburg – jaarverslagen 2019 en 2020: "Samen aan tafel" en "Een veilig thuis, dat doen we samen"',
  },
  gemeenteGennepWarmeOverdracht: {
    title: 'Gemeente Gennep – antwoord van het college over de overdracht door Veilig Thuis, zoals weergegeven door een lokale fractie',
  },
  kinderbeschermingKindermishandeling: {
    title: 'Raad voor de Kinderbescherming – Kindermishandeling',
    url: 'https://www.kinderbescherming.nl/themas/kindermishandeling',
  },
  kinderbeschermingVgv: {
    title: 'Raad voor de Kinderbescherming – Vrouwelijke genitale verminking (meisjesbesnijdenis)',
    url: 'https://www.kinderbescherming.nl/themas/vrouwelijke-genitale-verminking',
  },
  huiselijkGeweldVgv: {
    title: 'HuiselijkGeweld.nl (VWS) – Factsheet vrouwelijke genitale verminking',
    url: 'https://www.huiselijkgeweld.nl/vrouwelijke-genitale-verminking/factsheet',
  },
  kinderbeschermingHuwelijksdwang: {
    title: 'Raad voor de Kinderbescherming – Huwelijksdwang en achterlating',
    url: 'https://www.kinderbescherming.nl/themas/huwelijksdwang-en-achterlating',
  },
  lkhaBuitenland: {
    title: 'Landelijk Knooppunt Huwelijksdwang en Achterlating (Veilig Thuis Haaglanden) – Huwelijksdwang en achterlating in het buitenland: wat kun je doen?',
    url: 'https://www.huwelijksdwangenachterlating.nl/huwelijksdwang-en-achterlating-het-buitenland-wat-kun-je-doen',
  },
  veiligThuisHaaglandenMensenhandel: {
    title: 'Veilig Thuis Haaglanden – Mensenhandel en loverboys',
    url: 'https://veiligthuishaaglanden.nl/mensenhandel-en-loverboys/',
  },
  njiLoverboys: {
    title: 'NJi – Melding en registratie van slachtoffers van loverboys',
    url: 'https://www.nji.nl/nl/Kennis/Dossier/Slachtoffers-loverboys/Melding-en-registratie-van-slachtoffers-van-loverboys',
  },
  veiligThuisGmEergerelateerd: {
    title: 'Veilig Thuis Gelderland-Midden – Signalen eergerelateerd geweld soms lastig te zien',
    url: 'https://veiligthuisgm.nl/signalen-eergerelateerd-geweld-soms-lastig-te-zien',
  },
  nfiLeck: {
    title: 'Nederlands Forensisch Instituut – Landelijk Expertise Centrum Kindermishandeling (LECK)',
    url: 'https://www.forensischinstituut.nl/over-het-nfi/organisatie/samenwerkingspartners/leck',
  },
  leckProfessionals: { title: 'LECK – Het LECK voor professionals', url: 'https://leck.nu/professionals/' },
  kinderopvangVertrouwensinspecteurs: {
    title: 'Rijksoverheid – Overzicht meldingen vertrouwensinspecteurs kinderopvang 2019–2021 (2022)',
    url: 'https://www.pedagogiekdigitaal.nl/p/overzicht-meldingen-vertrouwensinspecteurs-ko-2019-2021/7444/22',
  },
  huiselijkGeweldSgog: {
    title: 'HuiselijkGeweld.nl (VWS) – SGOG-meldingen in de gehandicaptenzorg',
    url: 'https://www.huiselijkgeweld.nl/publicaties/factsheets/2021/01/18/sgog-meldingen-in-de-gehandicaptenzorg',
  },
  autoriteitPersoonsgegevens: { title: 'Autoriteit Persoonsgegevens – de AVG', url: 'https://www.autoriteitpersoonsgegevens.nl/' },
  kinderombudsmanVechtscheiding: {
    title: "De Kinderombudsman – Nieuwe aanpak vechtscheidingen (advies 'Vechtende ouders, het kind in de knel')",
    url: 'https://www.kinderombudsman.nl/nieuws/nieuwe-aanpak-vechtscheidingen?id=373',
  },
  richtlijnScheiding: { title: 'Richtlijnen Jeugdhulp en Jeugdbescherming – Richtlijn Scheiding', url: 'https://www.richtlijnenjeugdhulp.nl/guideline/65/full' },
  lkcGescheidenOuders: {
    title: 'Onderwijsgeschillen (Landelijke Klachtencommissie Onderwijs) – Informatieverstrekking aan gescheiden ouders',
    url: 'https://www.onderwijsgeschillen.nl/thema/informatieverstrekking-aan-gescheiden-ouders',
  },
} as const;
