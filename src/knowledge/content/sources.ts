/** Public sources from the domain brief that the articles are based on (titles as published). */
export const Sources = {
  basismodel: {
    title: 'Rijksoverheid – Basismodel meldcode huiselijk geweld en kindermishandeling',
    url: 'https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling',
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
  meldcodeTriage: { title: 'meldcode.nu – Triage', url: 'https://www.meldcode.nu/triage/' },
  meldcodeKindcheck: { title: 'meldcode.nu – Kindcheck', url: 'https://www.meldcode.nu/kindcheck/' },
  augeoKindcheck: { title: 'Augeo – Kindcheck', url: 'https://www.augeo.nl/nl-nl/kindcheck' },
  augeoVeiligThuis: {
    title: 'Augeo – Veilig Thuis',
    url: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
  },
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
  groep12Vormen: { title: 'Groep1-2.com – Kindermishandeling', url: 'https://www.groep1-2.com/post/kindermishandeling' },
  vlaggensysteem: {
    title: 'Handelingsprotocol Zwijndrecht – Signalen seksueel grensoverschrijdend gedrag bij kinderen en het vlaggensysteem',
    url: 'https://www.handelingsprotocol.nl/zwijndrecht-gm3-stap-1-signaleren/zwijndrecht-gm3-vormen-huiselijk-geweld?view=category&id=10',
  },
  rijksoverheidSchoolMisbruik: {
    title: 'Rijksoverheid – Moet de school seksueel misbruik melden en aangeven?',
    url: 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven',
  },
  aandachtsfunctionaris: {
    title: '5dok – Begrippenlijst samenwerkingsafspraken Veilig Thuis en lokaal veld',
    url: 'https://5dok.net/article/begrippenlijst-samenwerkingsafspraken-veilig-thuis-en-lokaal-veld.yng91nop',
  },
  meldrecht: {
    title: '5dok – Meldplichten, meldrechten en het pettenvraagstuk',
    url: 'https://5dok.net/article/meldplichten-meldrechten-en-het-pettenvraagstuk.qo5ojk6m',
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
  veiligThuisZuidLimburg: {
    title: 'Veilig Thuis Zuid-Limburg – Over Veilig Thuis Zuid-Limburg',
    url: 'https://veiligthuiszl.nl/over-veilig-thuis-zuid-limburg/',
  },
  cbsMelding: {
    title: 'CBS – Report to Veilig thuis (definitie melding en advies)',
    url: 'https://www.cbs.nl/en-gb/our-services/methods/definitions/report-to-veilig-thuis',
  },
  veiligThuisMiddenBrabantDiensten: {
    title: 'Veilig Thuis Midden-Brabant – Diensten Veilig Thuis',
    url: 'https://veiligthuismiddenbrabant.nl/nieuws/diensten-veilig-thuis/',
  },
  bescherminginbeweging: {
    title: 'Bescherming in beweging Utrecht-West, p. 88–89',
    url: 'https://digitaalpubliceren.com/bescherminginbeweging/19059/88-89',
  },
  aefSamenwerking: {
    title: 'AEF – Samen werken aan een veilig thuis (analyse samenwerkingsafspraken Veilig Thuis en lokale teams, 2020)',
    url: 'https://5dok.net/document/yevnnm61-samen-werken-aan-een-veilig-thuis.html',
  },
  ggdZuidLimburgJaarverslag: { title: 'GGD Zuid Limburg – jaarverslag: Samen aan tafel / Een veilig thuis, dat doen we samen' },
  warmeOverdrachtLimburg: { title: 'Lokale fractie Limburg – Veilig Thuis: warme overdracht van casussen' },
  kindertelefoon: {
    title: 'Flair – De Kindertelefoon bestaat al 40 jaar',
    url: 'https://www.flaironline.nl/nieuws/de-kindertelefoon-bestaat-al-40-jaar-en-maxima-bezoekt-de-vrijwilligers/',
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
  adocProtocol: {
    title: 'adoc.pub – Protocol kindermishandeling (schoolprotocol)',
    url: 'https://adoc.pub/protocol-kindermishandelinge3bc7d70c7a510a90a2fb478b738fcb43406.html',
  },
  ggdGemeenschappelijkeRegeling: {
    title: 'Gemeenschappelijke Regeling GGD Zuid Limburg (CVDR654004)',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR654004/1',
  },
} as const;
