<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/about_dialog.py" line="34"/>
        <source>About DuoCoder</source>
        <translation>Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/about_dialog.py" line="41"/>
        <source>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts for research on duowerkingen (buddy programmes).&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoCoder %1&lt;/h3&gt;&lt;p&gt;Kwalitatief coderen van interviewtranscripten voor onderzoek naar duowerkingen.&lt;/p&gt;&lt;p&gt;Gelicentieerd onder de GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/about_dialog.py" line="48"/>
        <source>Project format</source>
        <translation>Projectformaat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/about_dialog.py" line="63"/>
        <source>Copy versions</source>
        <translation>Versies kopiëren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/about_dialog.py" line="65"/>
        <source>For a question or a bug report</source>
        <translation>Voor een vraag of een foutmelding</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="72"/>
        <source>Intercoder agreement</source>
        <translation>Intercodeursovereenstemming</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="88"/>
        <source>Segment agreement: a coder&apos;s segment agrees when another coder&apos;s segment of the same code covers at least this share of it</source>
        <translation>Fragmentovereenstemming: een fragment van een codeur stemt overeen wanneer een fragment van een andere codeur met dezelfde code er minstens dit deel van bedekt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="93"/>
        <source>Include the &amp;interviewer&apos;s turns</source>
        <translation>Beurten van de &amp;interviewer meetellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="94"/>
        <source>U&amp;nit:</source>
        <translation>Een&amp;heid:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="95"/>
        <source>Segment &amp;overlap:</source>
        <translation>Fragment&amp;overlap:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="96"/>
        <source>&amp;Compute</source>
        <translation>&amp;Berekenen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="106"/>
        <source>Agreement per code</source>
        <translation>Overeenstemming per code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="128"/>
        <source>Co&amp;ders:</source>
        <translation>Co&amp;deurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="155"/>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="156"/>
        <source>Speaker turn</source>
        <translation>Sprekersbeurt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="157"/>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="158"/>
        <source>Character</source>
        <translation>Teken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="186"/>
        <source>The compared coders&apos; codings changed since this was computed. Press Compute (F5) to count again.</source>
        <translation>De coderingen van de vergeleken codeurs zijn sinds de berekening veranderd. Druk op Berekenen (F5) om opnieuw te tellen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="214"/>
        <source>Tick at least two coders to compare.</source>
        <translation>Vink minstens twee codeurs aan om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="221"/>
        <source>Compute the agreement for these choices (F5)</source>
        <translation>Bereken de overeenstemming voor deze keuzes (F5)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="229"/>
        <source>The choices changed: press Compute (F5) to see their figures.</source>
        <translation>De keuzes zijn veranderd: druk op Berekenen (F5) voor de cijfers.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="241"/>
        <source>Tick two or more coders above, then press Compute.</source>
        <translation>Vink hierboven twee of meer codeurs aan en druk op Berekenen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="248"/>
        <source>Nobody has coded in this project yet. Agreement compares the codings of two or more coders; merge their projects with File ▸ Merge project…</source>
        <translation>In dit project heeft nog niemand gecodeerd. Overeenstemming vergelijkt de coderingen van twee of meer codeurs; voeg hun projecten samen met Bestand ▸ Project samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="252"/>
        <source>Only one coder has coded in this project. Merge a colleague&apos;s project (File ▸ Merge project…) to compare.</source>
        <translation>In dit project heeft maar één codeur gecodeerd. Voeg het project van een collega samen (Bestand ▸ Project samenvoegen…) om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="329"/>
        <source>— not computed: %1</source>
        <translation>— niet berekend: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="339"/>
        <source>On the character continuum: uα %1, Cuα %2 (cuα per code in the table).</source>
        <translation>Op het tekencontinuüm: uα %1, Cuα %2 (cuα per code in de tabel).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="351"/>
        <source>the interviewer&apos;s turns included</source>
        <translation>beurten van de interviewer meegeteld</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="353"/>
        <source>the interviewer&apos;s turns left out</source>
        <translation>beurten van de interviewer weggelaten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="357"/>
        <source>%1 compared per %2 (%3) in %4 document(s); codes: %5; 95 % intervals from %6 bootstrap samples of the documents (seed %7); segments agree at %8 % overlap.</source>
        <translation>%1 vergeleken per %2 (%3) in %4 document(en); codes: %5; 95 %-intervallen uit %6 bootstrapsteekproeven van de documenten (seed %7); fragmenten stemmen overeen bij %8 % overlap.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="366"/>
        <source>%1 ticked</source>
        <translation>%1 aangevinkt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="368"/>
        <source>all %1 used</source>
        <translation>alle %1 gebruikte</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="399"/>
        <source>Export agreement</source>
        <translation>Overeenstemming exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="402"/>
        <source>Excel workbook (*.xlsx);;CSV, one long table (*.csv);;Word document (*.docx)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, één lange tabel (*.csv);;Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/view.py" line="417"/>
        <source>Agreement written to %1.</source>
        <translation>Overeenstemming geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="107"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="109"/>
        <location filename="../../duocoder/gui/agreement/table.py" line="147"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="111"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="113"/>
        <source>Settled</source>
        <translation>Beslecht</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="118"/>
        <source>Whose version the consensus coder has for this unit</source>
        <translation>Wiens versie de consensuscodeur voor deze eenheid heeft</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="153"/>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="160"/>
        <source>no code</source>
        <translation>geen code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="162"/>
        <source>Settled: the consensus coder has %1&apos;s version</source>
        <translation>Beslecht: de consensuscodeur heeft de versie van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="166"/>
        <source>Settled: the code does not belong here</source>
        <translation>Beslecht: de code hoort hier niet</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="180"/>
        <source>%1 coded this unit with %2</source>
        <translation>%1 codeerde deze eenheid met %2</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review_model.py" line="182"/>
        <source>%1 did not code it with %2</source>
        <translation>%1 codeerde ze niet met %2</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="79"/>
        <location filename="../../duocoder/gui/agreement/review.py" line="269"/>
        <source>Disagreements</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="99"/>
        <source>Only &amp;unsettled</source>
        <translation>Alleen &amp;onbeslechte</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="104"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="112"/>
        <source>Accept: &amp;no code</source>
        <translation>Aanvaarden: &amp;geen code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="115"/>
        <source>The consensus coder gets no coding of this code on the unit</source>
        <translation>De consensuscodeur krijgt op deze eenheid geen codering met deze code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="121"/>
        <source>&amp;Build consensus coder…</source>
        <translation>Consensuscodeur &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="124"/>
        <source>Give a consensus coder every coding on which all compared coders agree exactly</source>
        <translation>Geef een consensuscodeur elke codering waarover alle vergeleken codeurs het precies eens zijn</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="175"/>
        <location filename="../../duocoder/gui/agreement/table.py" line="205"/>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="205"/>
        <location filename="../../duocoder/gui/agreement/review.py" line="331"/>
        <source>Accept %1&apos;s version</source>
        <translation>Versie van %1 aanvaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="212"/>
        <source>The consensus coder takes %1&apos;s codings of the code on the selected units</source>
        <translation>De consensuscodeur neemt de coderingen van %1 met deze code op de gekozen eenheden over</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="272"/>
        <source>Disagreements: %1, %2 settled</source>
        <translation>Verschillen: %1 (%2 beslecht)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="277"/>
        <source>into coder &apos;%1&apos;</source>
        <translation>in codeur &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="283"/>
        <source>Compute the agreement to list the disagreements.</source>
        <translation>Bereken de overeenstemming om de verschillen te zien.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="289"/>
        <source>The coders agree on every unit: nothing to review.</source>
        <translation>De codeurs zijn het over elke eenheid eens: er valt niets te bespreken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="295"/>
        <source>No disagreements for this choice.</source>
        <translation>Geen verschillen voor deze keuze.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="329"/>
        <source>Accept: no code</source>
        <translation>Aanvaarden: geen code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="341"/>
        <source>%1 unit(s) settled in &apos;%2&apos;.</source>
        <translation>%1 eenheid/eenheden beslecht in &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="355"/>
        <location filename="../../duocoder/gui/agreement/review.py" line="368"/>
        <source>Build consensus coder</source>
        <translation>Consensuscodeur maken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="356"/>
        <source>Name of the consensus coder. It gets every coding on which %1 agree exactly; the units you accept are added to it.</source>
        <translation>Naam van de consensuscodeur. Die krijgt elke codering waarover %1 het precies eens zijn; de eenheden die je aanvaardt, komen erbij.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/review.py" line="380"/>
        <source>Coder &apos;%1&apos; has %2 agreed coding(s) (%3 new).</source>
        <translation>Codeur &apos;%1&apos; heeft %2 gedeelde codering(en) (%3 nieuw).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="48"/>
        <source>% agree</source>
        <translation>% eens</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="49"/>
        <source>Percentage of units on which all coders agree</source>
        <translation>Percentage eenheden waarover alle codeurs het eens zijn</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="54"/>
        <source>Cohen κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="55"/>
        <source>Cohen&apos;s kappa (two coders)</source>
        <translation>Cohens kappa (twee codeurs)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="58"/>
        <source>Fleiss κ</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="59"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ kappa</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="62"/>
        <source>B–P κ</source>
        <translation>B–P κ</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="63"/>
        <source>Brennan–Prediger kappa</source>
        <translation>Brennan–Prediger-kappa</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="66"/>
        <source>Gwet AC1</source>
        <translation>Gwet AC1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="67"/>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="70"/>
        <source>Kripp. α</source>
        <translation>Kripp. α</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="71"/>
        <source>Krippendorff&apos;s alpha (nominal), with its 95 % interval</source>
        <translation>Krippendorffs alfa (nominaal), met het 95 %-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="81"/>
        <source>Too few units to say anything (fewer than 10).</source>
        <translation>Te weinig eenheden om iets te zeggen (minder dan 10).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="84"/>
        <source>Every coder gave every unit the same value, so chance agreement is total and the coefficient is undefined.</source>
        <translation>Elke codeur gaf elke eenheid dezelfde waarde: de kansovereenstemming is volledig en de coëfficiënt is niet bepaald.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="89"/>
        <source>Cohen&apos;s kappa compares exactly two coders.</source>
        <translation>Cohens kappa vergelijkt precies twee codeurs.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="92"/>
        <source>No coder coded anything with this code.</source>
        <translation>Geen enkele codeur gebruikte deze code.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="96"/>
        <source>Not computed.</source>
        <translation>Niet berekend.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="149"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="151"/>
        <source>Segments</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="153"/>
        <source>cuα</source>
        <translation>cuα</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="157"/>
        <source>Units compared (for the overall row: units × codes)</source>
        <translation>Vergeleken eenheden (voor de totaalrij: eenheden × codes)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="161"/>
        <source>Segment agreement: a coder&apos;s segment agrees when another coder&apos;s segment of the code covers at least the overlap threshold of it</source>
        <translation>Fragmentovereenstemming: een fragment van een codeur stemt overeen wanneer een fragment van een andere codeur met dezelfde code er minstens de overlapdrempel van bedekt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="167"/>
        <source>Krippendorff&apos;s cuα of the code on the character continuum</source>
        <translation>Krippendorffs cuα van de code op het tekencontinuüm</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="212"/>
        <source>Units coded, per coder: %1</source>
        <translation>Gecodeerde eenheden per codeur: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="234"/>
        <source>95 % interval: %1</source>
        <translation>95 %-interval: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="261"/>
        <source>%1 of %2 segments agree</source>
        <translation>%1 van %2 fragmenten stemmen overeen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="276"/>
        <source>Not computed for this unit.</source>
        <translation>Niet berekend voor deze eenheid.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/agreement/table.py" line="287"/>
        <source>Cuα over all codes</source>
        <translation>Cuα over alle codes</translation>
    </message>
</context>
<context>
    <name>AnalysisExport</name>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="84"/>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="71"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="72"/>
        <source>&apos;%1&apos; already exists. Do you want to replace it?</source>
        <translation>&apos;%1&apos; bestaat al. Wil je het vervangen?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="86"/>
        <source>Excel workbook (*.xlsx);;CSV, one long table for R or pandas (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, één lange tabel voor R of pandas (*.csv)</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="77"/>
        <source>How this was counted</source>
        <translation>Hoe dit geteld is</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="82"/>
        <source>Recalculate</source>
        <translation>Herbere&amp;kenen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="84"/>
        <source>Count again now (F5)</source>
        <translation>Nu opnieuw tellen (F5)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="86"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="200"/>
        <source>codings of all coders</source>
        <translation>coderingen van alle codeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="201"/>
        <source>codings of %1</source>
        <translation>coderingen van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="205"/>
        <source>Cancelled. Press Recalculate (F5) to count again.</source>
        <translation>Geannuleerd. Druk op Herberekenen (F5) om opnieuw te tellen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="220"/>
        <source>&amp;Table to Excel or CSV…</source>
        <translation>&amp;Tabel naar Excel of CSV…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="240"/>
        <source>&amp;Quotes to Word…</source>
        <translation>&amp;Citaten naar Word…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="254"/>
        <source>Table written to %1.</source>
        <translation>Tabel geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/view.py" line="263"/>
        <source>Quotes written to %1.</source>
        <translation>Citaten geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../duocoder/gui/common/tasks.py" line="225"/>
        <source>Calculating…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/tasks.py" line="230"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="87"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="88"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="89"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="90"/>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="92"/>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="96"/>
        <source>How often the name occurs</source>
        <translation>Hoe vaak de naam voorkomt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/model.py" line="97"/>
        <source>In how many documents</source>
        <translation>In hoeveel documenten</translation>
    </message>
</context>
<context>
    <name>CodeBySpeakerDialog</name>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="44"/>
        <source>Code by speaker</source>
        <translation>Coderen per spreker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="46"/>
        <source>All turns of the &amp;speaker:</source>
        <translation>Alle beurten van de &amp;spreker:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="48"/>
        <source>All respondent turns in documents of the &amp;role:</source>
        <translation>Alle beurten van respondenten in documenten met de &amp;rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="54"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="56"/>
        <source>%1 (interviewer)</source>
        <translation>%1 (interviewer)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="59"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="62"/>
        <source>Documents to code in</source>
        <translation>Documenten waarin gecodeerd wordt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="68"/>
        <source>Tick a&amp;ll</source>
        <translation>A&amp;lles aanvinken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="69"/>
        <source>Untick all</source>
        <translation>Alles uitvinken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="73"/>
        <source>Code for the turns</source>
        <translation>Code voor de beurten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="78"/>
        <source>C&amp;ode the turns</source>
        <translation>Beurten c&amp;oderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="87"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="90"/>
        <source>In these &amp;documents:</source>
        <translation>In deze doc&amp;umenten:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="125"/>
        <source>Choose a code first (type part of its name).</source>
        <translation>Kies eerst een code (typ een deel van de naam).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="128"/>
        <source>Tick at least one document.</source>
        <translation>Vink minstens één document aan.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="133"/>
        <source>The documents have no speaker turns.</source>
        <translation>De documenten hebben geen sprekersbeurten.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="142"/>
        <source>The ticked documents have no turns of %1.</source>
        <translation>De aangevinkte documenten hebben geen beurten van %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="145"/>
        <source>Code the turns of %1</source>
        <translation>De beurten van %1 coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/speaker.py" line="159"/>
        <source>These turns already have this code.</source>
        <translation>Deze beurten hebben deze code al.</translation>
    </message>
</context>
<context>
    <name>CodeChooser</name>
    <message>
        <location filename="../../duocoder/gui/language/common.py" line="42"/>
        <source>Type to filter codes…</source>
        <translation>Typ om codes te filteren…</translation>
    </message>
</context>
<context>
    <name>CodeHitsBox</name>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="66"/>
        <source>Code the hits</source>
        <translation>Treffers coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="71"/>
        <source>Code for the ticked hits</source>
        <translation>Code voor de aangevinkte treffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="74"/>
        <source>The hit itself (whole words)</source>
        <translation>De treffer zelf (hele woorden)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="75"/>
        <source>Its sentence</source>
        <translation>De zin</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="76"/>
        <source>Its paragraph</source>
        <translation>De alinea</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="77"/>
        <source>Its speaker turn</source>
        <translation>De sprekersbeurt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="85"/>
        <source>What each hit grows to when it is coded</source>
        <translation>Tot waar elke treffer uitgebreid wordt bij het coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="89"/>
        <source>Preview of the selected hits</source>
        <translation>Voorbeeld van de geselecteerde treffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="90"/>
        <source>Select hits to see the passages they become.</source>
        <translation>Selecteer treffers om te zien welke passages ze worden.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="91"/>
        <source>Tick a&amp;ll</source>
        <translation>A&amp;lles aanvinken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="92"/>
        <source>Untick all</source>
        <translation>Alles uitvinken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="93"/>
        <source>Code the tic&amp;ked hits</source>
        <translation>Aangevin&amp;kte treffers coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="97"/>
        <source>Code &amp;with:</source>
        <translation>Cod&amp;eren met:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="98"/>
        <source>&amp;Unit:</source>
        <translation>Ee&amp;nheid:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="149"/>
        <source>Search first; then tick the hits to code.</source>
        <translation>Zoek eerst; vink dan de treffers aan die je wilt coderen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="174"/>
        <source>%n passage(s) would be coded</source>
        <translation>
            <numerusform>%n passage zou gecodeerd worden</numerusform>
            <numerusform>%n passages zouden gecodeerd worden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="176"/>
        <source>(from %n ticked hit(s)).</source>
        <translation>
            <numerusform>(uit %n aangevinkte treffer).</numerusform>
            <numerusform>(uit %n aangevinkte treffers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="187"/>
        <source>Choose a code first (type part of its name).</source>
        <translation>Kies eerst een code (typ een deel van de naam).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="200"/>
        <source>Code %n search hit(s)</source>
        <translation>
            <numerusform>%n zoektreffer coderen</numerusform>
            <numerusform>%n zoektreffers coderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="208"/>
        <source>%n coding(s) added; Undo takes them back.</source>
        <translation>
            <numerusform>%n codering toegevoegd; Ongedaan maken neemt ze terug.</numerusform>
            <numerusform>%n coderingen toegevoegd; Ongedaan maken neemt ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/code_hits.py" line="211"/>
        <source>These passages already have this code.</source>
        <translation>Deze passages hebben deze code al.</translation>
    </message>
</context>
<context>
    <name>CodeMatrixView</name>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="58"/>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="119"/>
        <source>Codes × role</source>
        <translation>Codes × rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="62"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="63"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="64"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="66"/>
        <source>Segments</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="67"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="68"/>
        <source>What the colours and the bars show</source>
        <translation>Wat de kleuren en de staven tonen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="69"/>
        <source>&amp;Percentage of column</source>
        <translation>Percentage van de kolom</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="71"/>
        <source>A code&apos;s row also counts the codes below it</source>
        <translation>De rij van een code telt ook de codes eronder mee</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="74"/>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="80"/>
        <source>Code matrix</source>
        <translation>Codematrix</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="82"/>
        <source>Each cell: segments (documents)</source>
        <translation>Elke cel: fragmenten (documenten)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="85"/>
        <source>Bar chart of the code matrix</source>
        <translation>Staafdiagram van de codematrix</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="70"/>
        <source>Include sub-codes</source>
        <translation>Subcodes meetellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="72"/>
        <source>Hide unused codes</source>
        <translation>Ongebruikte codes &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="74"/>
        <source>Colour b&amp;y:</source>
        <translation>Kleur vol&amp;gens:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="89"/>
        <source>Save chart as PNG or SV&amp;G…</source>
        <translation>Diagram opslaan als PNG of SVG…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="120"/>
        <source>Codes × case</source>
        <translation>Codes × casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="121"/>
        <source>Codes × document</source>
        <translation>Codes × document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="182"/>
        <source>% of the column&apos;s %1</source>
        <translation>% van de %1 in de kolom</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="195"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="215"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="216"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n geselecteerd document</numerusform>
            <numerusform>in %n geselecteerde documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="224"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="245"/>
        <source>Segments: %1 (%2% of the column&apos;s %3)</source>
        <translation>Fragmenten: %1 (%2% van de %3 in de kolom)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="249"/>
        <source>Documents: %1 of %2 (%3%)</source>
        <translation>Documenten: %1 van %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="258"/>
        <source>C&amp;hart as PNG or SVG…</source>
        <translation>&amp;Diagram als PNG of SVG…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="267"/>
        <source>Save chart</source>
        <translation>Diagram opslaan</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="269"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="284"/>
        <source>Chart written to %1.</source>
        <translation>Diagram geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>CodeMenu</name>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="42"/>
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="45"/>
        <source>Add &amp;sub-code…</source>
        <translation>&amp;Subcode toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="47"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="48"/>
        <source>Change &amp;colour…</source>
        <translation>&amp;Kleur wijzigen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="49"/>
        <source>Edit &amp;description…</source>
        <translation>&amp;Beschrijving bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="50"/>
        <source>Edit &amp;keywords…</source>
        <translation>&amp;Trefwoorden bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="52"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="54"/>
        <source>C&amp;odable</source>
        <translation>C&amp;odeerbaar</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="58"/>
        <source>&amp;Merge into…</source>
        <translation>Same&amp;nvoegen met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="59"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="66"/>
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="66"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="70"/>
        <source>Add code %1</source>
        <translation>Code %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="82"/>
        <source>Rename code</source>
        <translation>Code hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="82"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="86"/>
        <source>Rename code %1</source>
        <translation>Code %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="94"/>
        <source>Code colour</source>
        <translation>Kleur van de code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="97"/>
        <source>Change colour of %1</source>
        <translation>Kleur van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="107"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="108"/>
        <source>What does &apos;%1&apos; mean, and when do you apply it?</source>
        <translation>Wat betekent &apos;%1&apos;, en wanneer pas je de code toe?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="113"/>
        <source>Edit description of %1</source>
        <translation>Beschrijving van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="125"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="128"/>
        <source>Keywords of &apos;%1&apos;, separated by ; or , — suggestions offer the sentences that contain one of them in any form (vertrouwen also finds vertrouwde):</source>
        <translation>Trefwoorden van &apos;%1&apos;, gescheiden door ; of , — suggesties tonen de zinnen die er een van bevatten, in welke vorm ook (vertrouwen vindt ook vertrouwde):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="137"/>
        <source>Edit keywords of %1</source>
        <translation>Trefwoorden van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="146"/>
        <source>Change whether %1 is codable</source>
        <translation>Codeerbaarheid van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="157"/>
        <source>Merge &apos;%1&apos; into</source>
        <translation>&apos;%1&apos; samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="164"/>
        <source>Merge %1</source>
        <translation>%1 samenvoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="173"/>
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="177"/>
        <source>Delete &apos;%1&apos;? It has sub-codes; together they hold %2 codings (%3 of them its own).</source>
        <translation>&apos;%1&apos; verwijderen? De code heeft subcodes; samen hebben ze %2 coderingen (waarvan %3 van de code zelf).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="185"/>
        <source>Delete with sub-codes</source>
        <translation>Met subcodes verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="187"/>
        <source>Keep sub-codes</source>
        <translation>Subcodes behouden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="190"/>
        <source>Delete &apos;%1&apos; and its %2 codings?</source>
        <translation>&apos;%1&apos; en de %2 coderingen ervan verwijderen?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="194"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="197"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/code_menu.py" line="202"/>
        <source>Delete code %1</source>
        <translation>Code %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../duocoder/gui/transcript/code_picker.py" line="43"/>
        <source>Type to filter codes…</source>
        <translation>Typ om codes te filteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/code_picker.py" line="51"/>
        <source>Enter chooses, Esc cancels.</source>
        <translation>Enter kiest, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../duocoder/gui/panes/codes_model.py" line="121"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/codes_model.py" line="121"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/codes_model.py" line="146"/>
        <source>%1 codings, %2 with its sub-codes</source>
        <translation>%1 coderingen, %2 met de subcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/codes_model.py" line="151"/>
        <source>A category: it groups codes and is not applied itself.</source>
        <translation>Een categorie: ze groepeert codes en wordt zelf niet toegepast.</translation>
    </message>
</context>
<context>
    <name>CoderBox</name>
    <message>
        <location filename="../../duocoder/gui/common/filter_boxes.py" line="72"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/filter_boxes.py" line="75"/>
        <source>All coders</source>
        <translation>Alle codeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/filter_boxes.py" line="95"/>
        <source>all coders</source>
        <translation>alle codeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/filter_boxes.py" line="145"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/filter_boxes.py" line="149"/>
        <source>Count the codings of: %1</source>
        <translation>Tel de coderingen van: %1</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="71"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="71"/>
        <source>Welcome to DuoCoder</source>
        <translation>Welkom bij DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="73"/>
        <source>Your name is saved with each coding and memo you make, so codings by several coders can be told apart and compared. Your colour marks your codings in the margin.</source>
        <translation>Je naam wordt bewaard bij elke codering en elk memo dat je maakt, zodat coderingen van verschillende codeurs uit elkaar te houden en te vergelijken zijn. Je kleur markeert je coderingen in de marge.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="79"/>
        <source>Before you start: who is coding?</source>
        <translation>Voor je begint: wie codeert er?</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="83"/>
        <source>You can change both later (Edit ▸ Coder…).</source>
        <translation>Je kunt beide later wijzigen (Bewerken ▸ Codeur…).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="89"/>
        <source>e.g. Lies Peeters</source>
        <translation>bv. Lies Peeters</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="93"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="101"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="128"/>
        <source>Your colour</source>
        <translation>Je kleur</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="139"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>CoderList</name>
    <message>
        <location filename="../../duocoder/gui/agreement/coders.py" line="41"/>
        <source>Coders to compare</source>
        <translation>Te vergelijken codeurs</translation>
    </message>
</context>
<context>
    <name>CodersUi</name>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="168"/>
        <source>Edit ▸ Coder… switches the coder or colour</source>
        <translation>Bewerken ▸ Codeur… wisselt van codeur of kleur</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="222"/>
        <source>Coder: %1</source>
        <translation>Codeur: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="225"/>
        <source>blind</source>
        <translation>blind</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="233"/>
        <source>No project open</source>
        <translation>Geen project open</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="240"/>
        <source>Show &amp;all coders</source>
        <translation>&amp;Alle codeurs tonen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="247"/>
        <source>%1 — codings: %2</source>
        <translation>%1 — coderingen: %2</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="262"/>
        <source>Code this document &amp;blind</source>
        <translation>Dit document &amp;blind coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/coders.py" line="268"/>
        <source>Hide other coders&apos; codings in this document while you code it</source>
        <translation>Verberg de coderingen van andere codeurs in dit document terwijl je het codeert</translation>
    </message>
</context>
<context>
    <name>CodesPane</name>
    <message>
        <location filename="../../duocoder/gui/panes/codes.py" line="80"/>
        <source>Filter codes</source>
        <translation>Codes filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/codes.py" line="197"/>
        <source>No code matches “%1”.</source>
        <translation>Geen code past bij “%1”.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/codes.py" line="201"/>
        <source>No codes yet — add one with Code ▸ Add code…</source>
        <translation>Nog geen codes — voeg er een toe met Coderen ▸ Code toevoegen…</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="80"/>
        <source>No quick code in slot %1 yet.</source>
        <translation>Nog geen snelcode op plaats %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="94"/>
        <source>First select a passage in the transcript, then choose a code.</source>
        <translation>Selecteer eerst een passage in het transcript en kies dan een code.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="103"/>
        <source>&apos;%1&apos; is a category; choose one of its codes.</source>
        <translation>&apos;%1&apos; is een categorie; kies een van de codes eronder.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="108"/>
        <source>Code with %1</source>
        <translation>Coderen met %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="118"/>
        <source>Coded with &apos;%1&apos;.</source>
        <translation>Gecodeerd met &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="123"/>
        <source>First select a passage in the transcript.</source>
        <translation>Selecteer eerst een passage in het transcript.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="125"/>
        <source>Code with</source>
        <translation>Coderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="134"/>
        <source>First select the words to name the code after.</source>
        <translation>Selecteer eerst de woorden waarnaar de code genoemd wordt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="149"/>
        <source>New code %1</source>
        <translation>Nieuwe code %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="163"/>
        <source>New code &apos;%1&apos; applied.</source>
        <translation>Nieuwe code &apos;%1&apos; toegepast.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="170"/>
        <source>Remove coding %1</source>
        <translation>Codering %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="180"/>
        <source>Recode with</source>
        <translation>Hercoderen met</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="185"/>
        <source>Recode</source>
        <translation>Hercoderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="192"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="193"/>
        <source>Memo on this coding of &apos;%1&apos;:</source>
        <translation>Memo bij deze codering met &apos;%1&apos;:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="198"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="207"/>
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="208"/>
        <source>Recode…</source>
        <translation>Hercoderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="209"/>
        <source>Edit memo…</source>
        <translation>Memo bewerken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/coding_actions.py" line="220"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="55"/>
        <source>Co-occurrence</source>
        <translation>Co-occurrentie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="58"/>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="59"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="60"/>
        <source>c-coefficient</source>
        <translation>c-coëfficiënt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="62"/>
        <source>Overlap</source>
        <translation>Overlappend</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="63"/>
        <source>Same paragraph</source>
        <translation>Zelfde alinea</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="64"/>
        <source>Same speaker turn</source>
        <translation>Zelfde sprekersbeurt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="65"/>
        <source>Within a distance</source>
        <translation>Binnen een afstand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="69"/>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="71"/>
        <source>&amp;By role</source>
        <translation>&amp;Per rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="72"/>
        <source>One matrix per role, over the same codes</source>
        <translation>Eén matrix per rol, over dezelfde codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="73"/>
        <source>Hide unused codes</source>
        <translation>Ongebruikte codes &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="76"/>
        <source>Sho&amp;w:</source>
        <translation>Weer&amp;gave:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="77"/>
        <source>Mode:</source>
        <translation>Telwi&amp;jze:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="78"/>
        <source>Distance:</source>
        <translation>A&amp;fstand:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="84"/>
        <source>Role of the matrix</source>
        <translation>Rol van de matrix</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="89"/>
        <source>Co-occurrence matrix</source>
        <translation>Co-occurrentiematrix</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="203"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="204"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="208"/>
        <source>Pairs (n12): %1</source>
        <translation>Paren (n12): %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="209"/>
        <source>Documents: %1</source>
        <translation>Documenten: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="210"/>
        <source>c-coefficient: %1</source>
        <translation>c-coëfficiënt: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="215"/>
        <source>(more pairs than segments: c counted n12 as min(n1, n2))</source>
        <translation>(meer paren dan fragmenten: c telde n12 als min(n1, n2))</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="239"/>
        <source>Reading the segments…</source>
        <translation>De fragmenten worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="245"/>
        <source>%n segment(s) of “%1”</source>
        <translation>
            <numerusform>%n fragment van “%1”</numerusform>
            <numerusform>%n fragmenten van “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="248"/>
        <source>%n pair(s) of “%1” and “%2”</source>
        <translation>
            <numerusform>%n paar van “%1” en “%2”</numerusform>
            <numerusform>%n paren van “%1” en “%2”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="252"/>
        <source>Click a passage to show it in the transcript.</source>
        <translation>Klik op een passage om ze in het transcript te tonen.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../duocoder/gui/privacy/correct_dialog.py" line="26"/>
        <source>Correct a name</source>
        <translation>Een naam verbeteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/correct_dialog.py" line="35"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/correct_dialog.py" line="36"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="34"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="53"/>
        <source>No transcript shown — choose one in the Documents pane, or import transcripts with File ▸ Import transcripts…</source>
        <translation>Geen transcript getoond — kies er een in het deelvenster Documenten, of importeer transcripten met Bestand ▸ Transcripten importeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="72"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="73"/>
        <source>edit</source>
        <translation>bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="80"/>
        <source>Add a memo on this interview</source>
        <translation>Een memo bij dit interview schrijven</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/header.py" line="84"/>
        <source>Blind: only your codings are shown (View ▸ Coders to show others)</source>
        <translation>Blind: alleen je eigen coderingen worden getoond (Beeld ▸ Codeurs om andere te tonen)</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="60"/>
        <source>Properties of %1</source>
        <translation>Eigenschappen van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="66"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="66"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="70"/>
        <source>&amp;Add attribute</source>
        <translation>Kenmerk &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="72"/>
        <source>&amp;Remove attribute</source>
        <translation>Kenmerk &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="75"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="76"/>
        <source>&amp;Case (organisation):</source>
        <translation>&amp;Casus (organisatie):</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="77"/>
        <source>D&amp;uo:</source>
        <translation>D&amp;uo:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="91"/>
        <source>&amp;Turn rules…</source>
        <translation>&amp;Beurtregels…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="113"/>
        <source>The speaker turns may be wrong:</source>
        <translation>De sprekersbeurten kloppen misschien niet:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/document_dialog.py" line="116"/>
        <source>The speaker turns were found without doubts.</source>
        <translation>De sprekersbeurten zijn zonder twijfel gevonden.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="112"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="112"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="112"/>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="112"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="140"/>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="153"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/documents_model.py" line="154"/>
        <source>Case (organisation) with %n document(s)</source>
        <translation>
            <numerusform>Casus (organisatie) met %n document</numerusform>
            <numerusform>Casus (organisatie) met %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="168"/>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="169"/>
        <source>Case: %1</source>
        <translation>Casus: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="170"/>
        <source>Duo: %1</source>
        <translation>Duo: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="171"/>
        <source>%1 turns, %2 codings</source>
        <translation>%1 beurten, %2 coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents_model.py" line="174"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="56"/>
        <source>Filter documents, roles, duos</source>
        <translation>Documenten, rollen, duo&apos;s filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="227"/>
        <source>No document matches “%1”.</source>
        <translation>Geen document past bij “%1”.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="232"/>
        <source>No transcripts yet — import them with File ▸ Import transcripts… (Ctrl+Shift+I), or drop the files on this window.</source>
        <translation>Nog geen transcripten — importeer ze met Bestand ▸ Transcripten importeren… (Ctrl+Shift+I), of sleep de bestanden op dit venster.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="286"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="289"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="291"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="294"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="316"/>
        <source>Change properties of %1</source>
        <translation>Eigenschappen van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="329"/>
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="329"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="333"/>
        <source>Rename document %1</source>
        <translation>Document %1 hernoemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="344"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="345"/>
        <source>Delete &apos;%1&apos; and the %2 codings in it?
You can undo this with Edit ▸ Undo.</source>
        <translation>&apos;%1&apos; en de %2 coderingen erin verwijderen?
Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/documents.py" line="353"/>
        <source>Delete document %1</source>
        <translation>Document %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DuoView</name>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="53"/>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="57"/>
        <source>Include su&amp;b-codes</source>
        <translation>Subcodes meete&amp;llen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="58"/>
        <source>Hide unused codes</source>
        <translation>Ongebruikte codes &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="64"/>
        <source>Codes per duo</source>
        <translation>Codes per duo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="68"/>
        <source>Duo matrix</source>
        <translation>Duomatrix</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="73"/>
        <source>Segments per code in each account; %1 = absent here, present in the other.</source>
        <translation>Fragmenten per code in elk verhaal; %1 = hier afwezig, in het andere aanwezig.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="133"/>
        <source>no transcript selected</source>
        <translation>geen transcript geselecteerd</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="173"/>
        <source>%1: “%2” is absent</source>
        <translation>%1: “%2” is afwezig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="178"/>
        <source>%1: %n segment(s) of “%2”</source>
        <translation>
            <numerusform>%1: %n fragment van “%2”</numerusform>
            <numerusform>%1: %n fragmenten van “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="205"/>
        <source>&lt;b&gt;Duo matrix&lt;/b&gt;: the participant&apos;s codes down, the volunteer&apos;s across; a cell counts the duos with both (%n complete duo(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Duomatrix&lt;/b&gt;: de codes van de deelnemer in de rijen, die van de vrijwilliger in de kolommen; een cel telt de duo&apos;s met beide (%n volledig duo)</numerusform>
            <numerusform>&lt;b&gt;Duomatrix&lt;/b&gt;: de codes van de deelnemer in de rijen, die van de vrijwilliger in de kolommen; een cel telt de duo&apos;s met beide (%n volledige duo&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="221"/>
        <source>Participant: %1</source>
        <translation>Deelnemer: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="222"/>
        <source>Volunteer: %1</source>
        <translation>Vrijwilliger: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="223"/>
        <source>%n duo(s)</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duo&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="230"/>
        <source>Duo &amp;comparison to Excel or CSV…</source>
        <translation>Duo&amp;vergelijking naar Excel of CSV…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="231"/>
        <source>Duo &amp;matrix to Excel or CSV…</source>
        <translation>Duo&amp;matrix naar Excel of CSV…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="55"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="60"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="61"/>
        <source>Documents selected in the Documents pane</source>
        <translation>Documenten geselecteerd in het paneel Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="63"/>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="64"/>
        <source>Codes ticked in the Codes pane</source>
        <translation>Codes aangevinkt in het paneel Codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="65"/>
        <source>Count &amp;interviewer turns</source>
        <translation>&amp;Interviewerbeurten meetellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="68"/>
        <source>Off: a segment lying only in the interviewer&apos;s questions is not counted, so an accidental coding of a question never counts as the respondent&apos;s words.</source>
        <translation>Uit: een fragment dat alleen in de vragen van de interviewer ligt, telt niet mee, zodat een per vergissing gecodeerde vraag nooit als woorden van de respondent telt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="74"/>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="75"/>
        <source>Ca&amp;se:</source>
        <translation>Ca&amp;sus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="76"/>
        <source>D&amp;uo:</source>
        <translation>D&amp;uo:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="77"/>
        <source>C&amp;oders:</source>
        <translation>C&amp;odeurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="78"/>
        <source>Documen&amp;ts:</source>
        <translation>Documen&amp;ten:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="79"/>
        <source>Co&amp;des:</source>
        <translation>Cod&amp;es:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="107"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="108"/>
        <source>All duos</source>
        <translation>Alle duo&apos;s</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="127"/>
        <source>Select one or more documents in the Documents pane.</source>
        <translation>Selecteer een of meer documenten in het paneel Documenten.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/filters.py" line="129"/>
        <source>Tick one or more codes in the Codes pane.</source>
        <translation>Vink een of meer codes aan in het paneel Codes.</translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="146"/>
        <source>Find in all documents</source>
        <translation>Zoeken in alle documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="148"/>
        <source>Word or phrase</source>
        <translation>Woord of zinsdeel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="150"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="153"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="153"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/find.py" line="184"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="60"/>
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="67"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="68"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="71"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="72"/>
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="77"/>
        <source>Close the find bar (Esc)</source>
        <translation>De zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="81"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="127"/>
        <source>No hits</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/find.py" line="130"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>FrequencyModel</name>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="87"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="87"/>
        <source>Lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="87"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="87"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="97"/>
        <source>Whole project</source>
        <translation>Heel het project</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="44"/>
        <source>Names in this export</source>
        <translation>Namen in deze export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="49"/>
        <source>%n passage(s) still contain names not reviewed:</source>
        <translation>
            <numerusform>%n passage bevat nog namen die niet nagekeken zijn:</numerusform>
            <numerusform>%n passages bevatten nog namen die niet nagekeken zijn:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="57"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="57"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="57"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="79"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="86"/>
        <source>Why this export may carry these names (kept with the project)</source>
        <translation>Waarom deze export deze namen mag bevatten (bewaard bij het project)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="88"/>
        <source>&amp;Reason to export anyway:</source>
        <translation>&amp;Reden om toch te exporteren:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="92"/>
        <source>&amp;Review names</source>
        <translation>Namen &amp;nakijken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="94"/>
        <source>&amp;Export anyway…</source>
        <translation>Toch &amp;exporteren…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="204"/>
        <source>Text history of %1</source>
        <translation>Tekstgeschiedenis van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="206"/>
        <source>The text of %1 was never changed since it was imported.</source>
        <translation>De tekst van %1 is sinds het importeren nooit gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="208"/>
        <source>Every change of the text of %1 since it was imported:</source>
        <translation>Elke wijziging van de tekst van %1 sinds het importeren:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="217"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="217"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="217"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="217"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="221"/>
        <source>pseudonymised</source>
        <translation>gepseudonimiseerd</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="221"/>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="70"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="71"/>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="72"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="73"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="74"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/hits.py" line="77"/>
        <source>Ticked hits are coded (Space ticks or unticks the selected rows)</source>
        <translation>Aangevinkte treffers worden gecodeerd (spatie vinkt de geselecteerde rijen aan of uit)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="85"/>
        <source>Import transcripts</source>
        <translation>Transcripten importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="104"/>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="106"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="109"/>
        <source>(role)</source>
        <translation>(rol)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="111"/>
        <source>(case)</source>
        <translation>(casus)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="113"/>
        <source>(duo)</source>
        <translation>(duo)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="117"/>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="218"/>
        <source>A&amp;pply to all rows</source>
        <translation>Toe&amp;passen op alle rijen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="130"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="139"/>
        <source>Set:</source>
        <translation>Instellen:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="143"/>
        <source>Interviewer &amp;questions are:</source>
        <translation>&amp;Vragen van de interviewer zijn:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="150"/>
        <source>Role, case and duo in italics were guessed from the file name or the first lines of the text: please check them.</source>
        <translation>Rol, casus en duo in cursief zijn geraden uit de bestandsnaam of de eerste regels van de tekst: controleer ze.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="356"/>
        <source>already in the project as %1</source>
        <translation>zit al in het project als %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="204"/>
        <source>Choose transcripts</source>
        <translation>Transcripten kiezen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="50"/>
        <source>labelled (I:, Interviewer:, a name)</source>
        <translation>met een label (I:, Interviewer:, een naam)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="51"/>
        <source>in italics</source>
        <translation>cursief</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="52"/>
        <source>in bold</source>
        <translation>vet</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="53"/>
        <source>list items</source>
        <translation>opsommingstekens</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="59"/>
        <source>Some transcripts have no speaker labels but set the interviewer&apos;s questions apart by their formatting (Word and OpenDocument files)</source>
        <translation>Sommige transcripten hebben geen sprekerslabels maar laten de vragen van de interviewer opvallen door hun opmaak (Word- en OpenDocument-bestanden)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="206"/>
        <source>Transcripts (*.docx *.odt *.txt *.vtt *.srt);;All files (*)</source>
        <translation>Transcripten (*.docx *.odt *.txt *.vtt *.srt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="216"/>
        <source>A&amp;pply to selected rows</source>
        <translation>Toe&amp;passen op geselecteerde rijen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="308"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="320"/>
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document geïmporteerd.</numerusform>
            <numerusform>%n documenten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="323"/>
        <source>The import was cancelled; the files before it are in.</source>
        <translation>Het importeren werd afgebroken; de bestanden daarvoor zijn binnen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="328"/>
        <source>These files could not be imported:</source>
        <translation>Deze bestanden konden niet geïmporteerd worden:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="332"/>
        <source>These files were already in the project:</source>
        <translation>Deze bestanden zaten al in het project:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="336"/>
        <source>Imported, but please check these places:</source>
        <translation>Geïmporteerd, maar kijk deze plaatsen even na:</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="51"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="52"/>
        <source>Document name</source>
        <translation>Documentnaam</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="53"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="54"/>
        <source>Case (organisation)</source>
        <translation>Casus (organisatie)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="55"/>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="56"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="99"/>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="100"/>
        <source>Whose voice the transcript carries</source>
        <translation>Wiens stem het transcript draagt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="169"/>
        <source>already in the project as %1</source>
        <translation>zit al in het project als %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="178"/>
        <source>guessed from the file name</source>
        <translation>geraden uit de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="180"/>
        <source>guessed from the first lines of the text</source>
        <translation>geraden uit de eerste regels van de tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="184"/>
        <source>not guessed: the file name is not clear</source>
        <translation>niet geraden: de bestandsnaam is niet duidelijk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="186"/>
        <source>not guessed: the first lines are not clear</source>
        <translation>niet geraden: de eerste regels zijn niet duidelijk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="246"/>
        <source>Choose a role for %1</source>
        <translation>Kies een rol voor %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="255"/>
        <source>Only a participant or a volunteer belongs to a duo; clear the duo of %1</source>
        <translation>Alleen een deelnemer of een vrijwilliger hoort bij een duo; maak het duo van %1 leeg</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/import_table.py" line="260"/>
        <source>Give %1 a document name</source>
        <translation>Geef %1 een documentnaam</translation>
    </message>
</context>
<context>
    <name>IndexBar</name>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="27"/>
        <location filename="../../duocoder/gui/language/tasks.py" line="42"/>
        <source>Indexing texts…</source>
        <translation>Teksten indexeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="32"/>
        <location filename="../../duocoder/gui/language/tasks.py" line="33"/>
        <source>Cancel indexing</source>
        <translation>Indexeren stoppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/tasks.py" line="46"/>
        <source>%n document(s) to index</source>
        <translation>
            <numerusform>%n document te indexeren</numerusform>
            <numerusform>%n documenten te indexeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="53"/>
        <source>Indexing texts %1/%2 %3</source>
        <translation>Teksten indexeren %1/%2 %3</translation>
    </message>
</context>
<context>
    <name>IndexGate</name>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="113"/>
        <source>Every document is indexed.</source>
        <translation>Alle documenten zijn geïndexeerd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="146"/>
        <source>Indexing was cancelled; documents without an index are left out.</source>
        <translation>Het indexeren werd gestopt; documenten zonder index blijven buiten beschouwing.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/tasks.py" line="158"/>
        <source>Stopping after this document…</source>
        <translation>Stopt na dit document…</translation>
    </message>
</context>
<context>
    <name>KeyFields</name>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="73"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="81"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="85"/>
        <source>The key file holds the original names: keep it apart from the project (not in the same folder, not in the same shared drive or e-mail).</source>
        <translation>Het sleutelbestand bevat de oorspronkelijke namen: bewaar het gescheiden van het project (niet in dezelfde map, niet op dezelfde gedeelde schijf of in dezelfde e-mail).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="97"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Sleutelbestand:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="100"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="121"/>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="129"/>
        <source>Key file</source>
        <translation>Sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="123"/>
        <source>Key file (*.key.age);;All files (*)</source>
        <translation>Sleutelbestand (*.key.age);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="131"/>
        <source>Key file (*.age);;All files (*)</source>
        <translation>Sleutelbestand (*.age);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="147"/>
        <source>The passphrases differ.</source>
        <translation>De wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="150"/>
        <source>This key file would lie in the project&apos;s folder; choose another.</source>
        <translation>Dit sleutelbestand zou in de map van het project liggen; kies een andere plaats.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/key_dialog.py" line="154"/>
        <source>This key file lies in the project&apos;s folder: move it elsewhere.</source>
        <translation>Dit sleutelbestand ligt in de map van het project: verplaats het.</translation>
    </message>
</context>
<context>
    <name>LanguageFeatures</name>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="59"/>
        <source>Search the project</source>
        <translation>Zoeken in het project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="61"/>
        <source>Coding suggestions</source>
        <translation>Codeersuggesties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="63"/>
        <source>Word frequencies</source>
        <translation>Woordfrequenties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="88"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="90"/>
        <source>&amp;Search the project…</source>
        <translation>&amp;Zoeken in het project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="93"/>
        <source>Search every document by word, lemma or pattern and code the hits</source>
        <translation>Alle documenten doorzoeken op woord, lemma of patroon en de treffers coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="95"/>
        <source>Code by s&amp;peaker…</source>
        <translation>Coderen per s&amp;preker…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="97"/>
        <source>Code all turns of a speaker or role with one code</source>
        <translation>Alle beurten van een spreker of rol met één code coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="100"/>
        <source>Coding s&amp;uggestions</source>
        <translation>Codeer&amp;suggesties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="103"/>
        <source>Review sentences that match the keywords of codes</source>
        <translation>Zinnen nakijken die bij de trefwoorden van codes passen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="106"/>
        <source>&amp;Word frequencies</source>
        <translation>&amp;Woordfrequenties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="108"/>
        <source>Count lemmas per role, case or code</source>
        <translation>Lemma&apos;s tellen per rol, casus of code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="111"/>
        <source>&amp;Update the text index</source>
        <translation>Tekstindex &amp;bijwerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="114"/>
        <source>Analyse new or changed documents now, so lemma search needs no wait</source>
        <translation>Nieuwe of gewijzigde documenten nu analyseren, zodat zoeken op lemma niet hoeft te wachten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/menu.py" line="116"/>
        <source>&amp;Panes</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/menu.py" line="201"/>
        <source>%n turn(s) coded.</source>
        <translation>
            <numerusform>%n beurt gecodeerd.</numerusform>
            <numerusform>%n beurten gecodeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="80"/>
        <source>&amp;Play or pause the recording</source>
        <translation>Opname &amp;afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="84"/>
        <source>&amp;Back 5 seconds</source>
        <translation>5 seconden &amp;terug</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="88"/>
        <source>&amp;Link recording…</source>
        <translation>Opname &amp;koppelen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="90"/>
        <source>Link the interview&apos;s audio or video file; the project keeps only where it is</source>
        <translation>Koppel het audio- of videobestand van het interview; het project onthoudt alleen waar het staat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="93"/>
        <source>&amp;Find moved recordings…</source>
        <translation>&amp;Verplaatste opnames zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="95"/>
        <source>&amp;Unlink recording</source>
        <translation>Opname &amp;ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="171"/>
        <source>No recording is linked to this interview: Document ▸ Link recording…, or drop the audio file here.</source>
        <translation>Er is geen opname gekoppeld aan dit interview: Document ▸ Opname koppelen…, of sleep het audiobestand hierheen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="181"/>
        <source>Link or find the recording {0} on this computer: Document ▸ Link recording… or Find moved recordings…</source>
        <translation>Koppel of zoek de opname {0} op deze computer: Document ▸ Opname koppelen… of Verplaatste opnames zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="190"/>
        <source>The recording {0} is not where it was: Document ▸ Find moved recordings…</source>
        <translation>De opname {0} staat niet meer waar ze stond: Document ▸ Verplaatste opnames zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="198"/>
        <source>Playing recordings needs DuoCoder&apos;s media extra (pip install duocoder[media]); the transcript works as before.</source>
        <translation>Voor het afspelen van opnames is de media-uitbreiding van DuoCoder nodig (pip install duocoder[media]); het transcript werkt zoals voorheen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="215"/>
        <source>No sound output was found on this computer: the recording plays silently and the transcript still follows it.</source>
        <translation>Deze computer heeft geen geluidsuitgang: de opname speelt geluidloos en het transcript volgt ze toch.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="281"/>
        <source>This turn has no time yet: set one with Sync turn while listening.</source>
        <translation>Deze beurt heeft nog geen tijd: zet er een met Beurt synchroniseren terwijl u luistert.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="335"/>
        <source>Put the text cursor in the turn that is being spoken.</source>
        <translation>Zet de tekstcursor in de beurt die nu gesproken wordt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="340"/>
        <source>Sync turn to {0}</source>
        <translation>Beurt synchroniseren op {0}</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="391"/>
        <location filename="../../duocoder/gui/transcript/listening.py" line="402"/>
        <source>Link recording</source>
        <translation>Opname koppelen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="393"/>
        <source>Audio and video ({0})</source>
        <translation>Audio en video ({0})</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="406"/>
        <source>Linked {0}; the recording itself stays where it is.</source>
        <translation>{0} is gekoppeld; de opname zelf blijft waar ze is.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="415"/>
        <source>Unlink recording</source>
        <translation>Opname ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="424"/>
        <source>The folder the recordings were moved to</source>
        <translation>De map waarnaar de opnames verplaatst zijn</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/listening.py" line="433"/>
        <source>Find moved recordings</source>
        <translation>Verplaatste opnames zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/listening.py" line="441"/>
        <source>%n recording(s) found again</source>
        <translation>
            <numerusform>%n opname teruggevonden</numerusform>
            <numerusform>%n opnames teruggevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/listening.py" line="443"/>
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n nog zoek.</numerusform>
            <numerusform>%n nog zoek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="97"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="103"/>
        <source>Co&amp;des</source>
        <translation>Co&amp;des</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="106"/>
        <source>&amp;Retrieved segments</source>
        <translation>&amp;Opgehaalde segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="127"/>
        <source>To code: select text, then double-click a code, drag the text onto a code, or press Ctrl+1…9 for a quick code. Alt while selecting keeps exact characters.</source>
        <translation>Coderen: selecteer tekst en dubbelklik dan op een code, sleep de tekst naar een code, of druk Ctrl+1…9 voor een snelcode. Alt tijdens het selecteren houdt de exacte tekens.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="274"/>
        <source>Repeated codings</source>
        <translation>Dubbele coderingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/shell/main_window.py" line="276"/>
        <source>This project has %n repeated coding(s): a passage coded again with the same code by the same coder, as older versions of DuoCoder allowed, so it counts twice in every analysis. Remove the repeats? Each passage keeps its first coding and every memo; Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Dit project heeft %n dubbele codering: een fragment dat nog eens met dezelfde code door dezelfde codeur gecodeerd is, zoals oudere versies van DuoCoder toelieten, zodat het in elke analyse dubbel telt. De dubbele verwijderen? Elk fragment houdt zijn eerste codering en elke memo; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
            <numerusform>Dit project heeft %n dubbele coderingen: een fragment dat nog eens met dezelfde code door dezelfde codeur gecodeerd is, zoals oudere versies van DuoCoder toelieten, zodat het in elke analyse dubbel telt. De dubbele verwijderen? Elk fragment houdt zijn eerste codering en elke memo; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="287"/>
        <source>Remove repeated codings</source>
        <translation>Dubbele coderingen verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="392"/>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="405"/>
        <source>Move code</source>
        <translation>Code verplaatsen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="422"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="422"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-project (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="444"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="444"/>
        <source>Codebook (*.qdc *.docx)</source>
        <translation>Codeboek (*.qdc *.docx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="453"/>
        <source>Codebook written to %1.</source>
        <translation>Codeboek geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/main_window.py" line="505"/>
        <source>The new language is used the next time DuoCoder starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer DuoCoder de volgende keer start.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="58"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="65"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="72"/>
        <source>Open &amp;team project…</source>
        <translation>&amp;Teamproject openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="76"/>
        <source>Open a project in a database on your team&apos;s PostgreSQL server</source>
        <translation>Open een project in een databank op de PostgreSQL-server van je team</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="82"/>
        <source>&amp;Import transcripts…</source>
        <translation>Transcripten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="86"/>
        <source>Import .docx, .odt, .txt, .vtt or .srt transcripts</source>
        <translation>Transcripten in .docx, .odt, .txt, .vtt of .srt importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="92"/>
        <location filename="../../duocoder/gui/shell/menus.py" line="111"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>&amp;REFI-QDA-project (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="94"/>
        <source>Import a project from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>Een project uit NVivo, ATLAS.ti, MAXQDA of QualCoder importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="100"/>
        <source>&amp;Merge project…</source>
        <translation>Project &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="102"/>
        <source>Merge coders&apos; copies of this project into it (one undo step)</source>
        <translation>Voeg de kopieën van codeurs samen in dit project (één stap ongedaan te maken)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="107"/>
        <source>&amp;Export codebook…</source>
        <translation>Codeboek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="113"/>
        <source>Export the whole project for NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>Het hele project exporteren voor NVivo, ATLAS.ti, MAXQDA of QualCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="119"/>
        <source>E&amp;ncrypt project…</source>
        <translation>Project &amp;versleutelen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="121"/>
        <source>Encrypt the project file with a passphrase, for a stolen laptop</source>
        <translation>Het projectbestand met een wachtzin versleutelen, voor het geval een laptop gestolen wordt</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="127"/>
        <source>&amp;Decrypt project…</source>
        <translation>Versleuteling &amp;opheffen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="129"/>
        <source>Store the project file unencrypted again</source>
        <translation>Het projectbestand weer onversleuteld bewaren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="134"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="141"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="144"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="151"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="157"/>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="161"/>
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="167"/>
        <source>Find in &amp;all documents…</source>
        <translation>Zoeken in &amp;alle documenten…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="171"/>
        <source>&amp;Coder…</source>
        <translation>&amp;Codeur…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="174"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="181"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="188"/>
        <source>Code &amp;with…</source>
        <translation>Coderen &amp;met…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="192"/>
        <source>Code the selected passage with a code you pick by typing</source>
        <translation>De geselecteerde passage coderen met een code die je kiest door te typen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="198"/>
        <source>New code from &amp;selection</source>
        <translation>Nieuwe code uit &amp;selectie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="202"/>
        <source>Create a code named after the selected words and apply it (in-vivo)</source>
        <translation>Een code maken met de geselecteerde woorden als naam en ze toepassen (in vivo)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="208"/>
        <source>&amp;Add code…</source>
        <translation>Code &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="214"/>
        <location filename="../../duocoder/gui/shell/menus.py" line="415"/>
        <source>Quick code %1</source>
        <translation>Snelcode %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="220"/>
        <source>&amp;About DuoCoder</source>
        <translation>&amp;Over DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="223"/>
        <source>&amp;Project memo…</source>
        <translation>&amp;Projectmemo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="227"/>
        <source>Notes on the whole project</source>
        <translation>Notities bij het hele project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="231"/>
        <source>&amp;Document memo…</source>
        <translation>&amp;Documentmemo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="235"/>
        <source>Notes on the interview shown in the transcript</source>
        <translation>Notities bij het interview dat in het transcript staat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="239"/>
        <source>&amp;Code memo…</source>
        <translation>&amp;Codememo…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="243"/>
        <source>Notes on the code selected in the code tree</source>
        <translation>Notities bij de code die in de codeboom geselecteerd is</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="247"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="254"/>
        <source>&amp;Turn rules…</source>
        <translation>&amp;Beurtregels…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="258"/>
        <source>Which labels are the speakers and the interviewer, with a preview</source>
        <translation>Welke labels de sprekers en de interviewer zijn, met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="269"/>
        <source>&amp;Go to the analysis pane</source>
        <translation>&amp;Naar het analysepaneel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="282"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="286"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="290"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="306"/>
        <source>&amp;Code</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="310"/>
        <source>&amp;Quick codes</source>
        <translation>&amp;Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="313"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="323"/>
        <source>&amp;Memos</source>
        <translation>&amp;Memo&apos;s</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="330"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="339"/>
        <source>C&amp;oders</source>
        <translation>C&amp;odeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="340"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="344"/>
        <source>&amp;System colours</source>
        <translation>&amp;Kleuren van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="345"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="346"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="353"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="355"/>
        <source>&amp;System language</source>
        <translation>&amp;Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="362"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="364"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="385"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="387"/>
        <source>Open an analysis beside the transcript</source>
        <translation>Open een analyse naast het transcript</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="397"/>
        <source>Quick codes</source>
        <translation>Snelcodes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="406"/>
        <source>Quick codes:</source>
        <translation>Snelcodes:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="427"/>
        <source>(the codes you apply appear here: Ctrl+1 to Ctrl+9)</source>
        <translation>(de codes die je toepast verschijnen hier: Ctrl+1 tot Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="50"/>
        <source>DuoCoder projects (*.duocoder)</source>
        <translation>DuoCoder-projecten (*.duocoder)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="105"/>
        <source>%1 is open in this window.</source>
        <translation>%1 is open in dit venster.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="118"/>
        <source>%1 is open in another DuoCoder window; it has been brought forward.</source>
        <translation>%1 is open in een ander DuoCoder-venster; dat venster staat nu vooraan.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="176"/>
        <source>Connecting to the team project %1…</source>
        <translation>Verbinden met het teamproject %1…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="289"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="323"/>
        <source>The demo project could not be built (%1).</source>
        <translation>Het demoproject kon niet gemaakt worden (%1).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/project_files.py" line="370"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="54"/>
        <source>Go to doc&amp;uments</source>
        <translation>Naar doc&amp;umenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="55"/>
        <source>Go to cod&amp;es</source>
        <translation>Naar cod&amp;es</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="56"/>
        <source>Go to the tra&amp;nscript</source>
        <translation>Naar het tra&amp;nscript</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="57"/>
        <source>Go to retrieved se&amp;gments</source>
        <translation>Naar opgehaalde se&amp;gmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="242"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="243"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="244"/>
        <source>Filter codes</source>
        <translation>Codes filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="245"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="246"/>
        <source>Filter documents</source>
        <translation>Documenten filteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="247"/>
        <source>Retrieved segments</source>
        <translation>Opgehaalde segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="248"/>
        <source>Filter segments by role</source>
        <translation>Segmenten filteren op rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="249"/>
        <source>Filter segments by case</source>
        <translation>Segmenten filteren op casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="250"/>
        <source>Filter segments by coder</source>
        <translation>Segmenten filteren op codeur</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="251"/>
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/window_setup.py" line="256"/>
        <source>Select a passage, then press Ctrl+K to code it or Ctrl+1 to 9 for a quick code.</source>
        <translation>Selecteer een passage en druk dan op Ctrl+K om ze te coderen, of op Ctrl+1 tot 9 voor een snelcode.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/dock.py" line="57"/>
        <source>&amp;Co-occurrence of codes</source>
        <translation>&amp;Co-occurrentie van codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/dock.py" line="58"/>
        <source>Codes × &amp;role, case or document</source>
        <translation>Codes × &amp;rol, casus of document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/dock.py" line="59"/>
        <source>&amp;Stakeholder comparison</source>
        <translation>&amp;Perspectieven vergelijken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/dock.py" line="60"/>
        <source>&amp;Duo analysis</source>
        <translation>&amp;Duoanalyse</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/dock.py" line="61"/>
        <source>Intercoder &amp;agreement…</source>
        <translation>Intercodeurs&amp;overeenstemming…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/menus.py" line="326"/>
        <location filename="../../duocoder/gui/analysis/dock.py" line="71"/>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/app.py" line="53"/>
        <source>%1 is already open in another DuoCoder window; it has been brought forward.</source>
        <translation>%1 is al open in een ander DuoCoder-venster; dat venster staat nu vooraan.</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="108"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="115"/>
        <source>Memo saved.</source>
        <translation>Memo bewaard.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="115"/>
        <source>Memo removed.</source>
        <translation>Memo verwijderd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="124"/>
        <source>Project memo</source>
        <translation>Projectmemo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="125"/>
        <source>Notes on the whole project &apos;%1&apos;: aims, decisions, open questions.</source>
        <translation>Notities bij het hele project &apos;%1&apos;: doelen, beslissingen, open vragen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="137"/>
        <source>Document memo</source>
        <translation>Documentmemo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="138"/>
        <source>Notes on the interview &apos;%1&apos;: setting, impressions, what stands out.</source>
        <translation>Notities bij het interview &apos;%1&apos;: setting, indrukken, wat opvalt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="150"/>
        <source>Code memo</source>
        <translation>Codememo</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/memos.py" line="151"/>
        <source>Notes on the code &apos;%1&apos;: how it developed, doubts, links to theory.</source>
        <translation>Notities bij de code &apos;%1&apos;: hoe ze ontstond, twijfels, verbanden met theorie.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="29"/>
        <source>Merge projects into this one</source>
        <translation>Projecten in dit project samenvoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="31"/>
        <source>DuoCoder project (*.duocoder)</source>
        <translation>DuoCoder-project (*.duocoder)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="45"/>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="65"/>
        <source>Merge projects</source>
        <translation>Projecten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="46"/>
        <source>Merging %1…</source>
        <translation>%1 samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="61"/>
        <source>&apos;%1&apos; is the project open in this window; choose a coder&apos;s copy.</source>
        <translation>&apos;%1&apos; is het project dat in dit venster open is; kies de kopie van een codeur.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="82"/>
        <source>Documents: %1 added, %2 already there. Codes: %3 added, %4 already there. Coders: %5 added. Codings: %6 added, %7 already there. Memos: %8 combined.</source>
        <translation>Documenten: %1 toegevoegd, %2 al aanwezig. Codes: %3 toegevoegd, %4 al aanwezig. Codeurs: %5 toegevoegd. Coderingen: %6 toegevoegd, %7 al aanwezig. Memo’s: %8 samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="103"/>
        <source>Nothing new: everything in these projects is already here.</source>
        <translation>Niets nieuws: alles uit deze projecten staat hier al.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="108"/>
        <source>&apos;%1&apos; in %2: its text differs from this project&apos;s document of that name; not merged, nor its codings.</source>
        <translation>&apos;%1&apos; in %2: de tekst verschilt van het document met die naam in dit project; het document en zijn coderingen zijn niet samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="122"/>
        <source>Conflicting, please check:</source>
        <translation>In conflict, kijk dit na:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="123"/>
        <source>Documents added:</source>
        <translation>Toegevoegde documenten:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="124"/>
        <source>Codes added:</source>
        <translation>Toegevoegde codes:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="125"/>
        <source>Coders added:</source>
        <translation>Toegevoegde codeurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/merge_dialog.py" line="126"/>
        <source>Memos combined:</source>
        <translation>Samengevoegde memo’s:</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="127"/>
        <source>Names the detection should always find, in every document (a nickname, an uncommon surname, a street). One per line.</source>
        <translation>Namen die de herkenning altijd moet vinden, in elk document (een bijnaam, een zeldzame familienaam, een straat). Eén per regel.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="138"/>
        <source>A name to add</source>
        <translation>Een naam om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="139"/>
        <source>A&amp;dd</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="140"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="51"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="56"/>
        <source>e.g. Duowerkingen Denderland 2026</source>
        <translation>bv. Duowerkingen Denderland 2026</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="58"/>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="64"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="65"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="68"/>
        <source>The language of the interviews: the language features use it</source>
        <translation>De taal van de interviews: de taalfuncties gebruiken ze</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="71"/>
        <source>The duowerkingen codebook (Dutch)</source>
        <translation>Het codeboek duowerkingen (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="72"/>
        <source>The duowerkingen codebook (English)</source>
        <translation>Het codeboek duowerkingen (Engels)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="73"/>
        <source>None: I make my own codes</source>
        <translation>Geen: ik maak mijn eigen codes</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="74"/>
        <source>From a file (.qdc, .xlsx, .csv)…</source>
        <translation>Uit een bestand (.qdc, .xlsx, .csv)…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="86"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="90"/>
        <source>&amp;Codebook:</source>
        <translation>&amp;Codeboek:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="95"/>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="129"/>
        <source>From %1</source>
        <translation>Uit %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="136"/>
        <source>Folder for the new project</source>
        <translation>Map voor het nieuwe project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="147"/>
        <source>Codebook to start from</source>
        <translation>Codeboek om mee te beginnen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="149"/>
        <source>Codebooks (*.qdc *.xlsx *.csv)</source>
        <translation>Codeboeken (*.qdc *.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="165"/>
        <source>%1 already exists; choose another name or folder.</source>
        <translation>%1 bestaat al; kies een andere naam of map.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="169"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="171"/>
        <source>The project is saved as %1</source>
        <translation>Het project wordt bewaard als %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/new_project_dialog.py" line="199"/>
        <source>%1 could not be made: %2.</source>
        <translation>%1 kon niet gemaakt worden: %2.</translation>
    </message>
</context>
<context>
    <name>PairList</name>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="93"/>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="131"/>
        <source>Click a cell to list the segments that co-occur.</source>
        <translation>Klik op een cel om de fragmenten te zien die samen voorkomen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="97"/>
        <source>Co-occurring segments</source>
        <translation>Samen voorkomende fragmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="130"/>
        <source>Row code</source>
        <translation>Code van de rij</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="130"/>
        <source>Column code</source>
        <translation>Code van de kolom</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="36"/>
        <source>Row code</source>
        <translation>Code van de rij</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="36"/>
        <source>Column code</source>
        <translation>Code van de kolom</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="53"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="53"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/pair_list.py" line="72"/>
        <source>Enter or click: show both passages in the transcript</source>
        <translation>Enter of klik: beide passages in het transcript tonen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="35"/>
        <source>Encrypt project</source>
        <translation>Project versleutelen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="37"/>
        <source>Choose a passphrase for %1. Without it nobody can open the project, you neither: keep it somewhere safe.</source>
        <translation>Kies een wachtzin voor %1. Zonder wachtzin kan niemand het project openen, u ook niet: bewaar hem op een veilige plaats.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="41"/>
        <source>Encrypted project</source>
        <translation>Versleuteld project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="42"/>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 is versleuteld. Typ de wachtzin om het te openen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="55"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/passphrase_dialog.py" line="85"/>
        <source>The passphrases differ.</source>
        <translation>De wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="95"/>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="101"/>
        <source>Playback speed (the voice keeps its pitch)</source>
        <translation>Afspeelsnelheid (de stem behoudt haar toonhoogte)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="114"/>
        <source>Sync turn</source>
        <translation>Beurt synchroniseren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="117"/>
        <source>The turn at the text cursor starts at the moment now playing (a sync mark; the text does not change)</source>
        <translation>De beurt bij de tekstcursor begint op het moment dat nu speelt (een synchronisatiepunt; de tekst verandert niet)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="142"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/player.py" line="142"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
</context>
<context>
    <name>PrivacyFeatures</name>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="48"/>
        <source>Privacy &amp;review…</source>
        <translation>&amp;Privacycontrole…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="51"/>
        <source>Names, places and numbers that identify people: review and pseudonymise</source>
        <translation>Namen, plaatsen en nummers die mensen herkenbaar maken: nakijken en pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="53"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonimiseren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="54"/>
        <source>Restore &amp;original…</source>
        <translation>&amp;Origineel herstellen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="56"/>
        <source>Bring back the original names of this document from the key file</source>
        <translation>De oorspronkelijke namen van dit document terugzetten uit het sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="58"/>
        <source>Text &amp;history…</source>
        <translation>Tekst&amp;geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="59"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="124"/>
        <source>Restore original</source>
        <translation>Origineel herstellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="126"/>
        <source>The original names of %1 come back from the key file. Its codings stay where they are; Edit ▸ Undo puts the pseudonyms back.</source>
        <translation>De oorspronkelijke namen van %1 komen terug uit het sleutelbestand. De coderingen blijven waar ze zijn; Bewerken ▸ Ongedaan maken zet de pseudoniemen terug.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="131"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="136"/>
        <source>Restore the original of %1</source>
        <translation>Het origineel van %1 herstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/features.py" line="144"/>
        <source>%n name(s) restored in %1.</source>
        <translation>
            <numerusform>%n naam hersteld in %1.</numerusform>
            <numerusform>%n namen hersteld in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="155"/>
        <source>Undoing</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="155"/>
        <source>Redoing</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="157"/>
        <source>Pseudonymisation key</source>
        <translation>Pseudonimiseringssleutel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="159"/>
        <source>%1 &apos;%2&apos; needs the pseudonymisation key: it holds the original names. The key stays unlocked until the project is closed.</source>
        <translation>%1 &apos;%2&apos; heeft de pseudonimiseringssleutel nodig: die bevat de oorspronkelijke namen. De sleutel blijft ontgrendeld tot het project gesloten wordt.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/features.py" line="166"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="69"/>
        <source>Privacy review</source>
        <translation>Privacycontrole</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="73"/>
        <source>Looking for names…</source>
        <translation>Namen zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="86"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="91"/>
        <source>all kinds</source>
        <translation>alle soorten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="96"/>
        <source>all documents</source>
        <translation>alle documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="99"/>
        <source>Search names and context</source>
        <translation>Zoeken in namen en context</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="102"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="103"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="104"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="127"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aanvaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="128"/>
        <source>These are identifying: give them a pseudonym (A)</source>
        <translation>Deze maken iemand herkenbaar: geef ze een pseudoniem (A)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="129"/>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="130"/>
        <source>Not identifying: never offer them again (R)</source>
        <translation>Niet herkenbaar: nooit meer voorstellen (R)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="131"/>
        <source>Re&amp;open</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="132"/>
        <source>Accept as &amp;one person</source>
        <translation>Aanvaarden als &amp;één persoon</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="134"/>
        <source>The selected names are one person (Sofie, Sofie Peeters): one pseudonym</source>
        <translation>De gekozen namen zijn één persoon (Sofie, Sofie Peeters): één pseudoniem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="136"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Verbeteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="137"/>
        <source>The found text is not quite the name: edit it</source>
        <translation>De gevonden tekst is niet precies de naam: pas hem aan</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="138"/>
        <source>Set &amp;pseudonym…</source>
        <translation>&amp;Pseudoniem instellen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="162"/>
        <source>Names found</source>
        <translation>Gevonden namen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="163"/>
        <source>Pseudonyms</source>
        <translation>Pseudoniemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="164"/>
        <source>Name list</source>
        <translation>Namenlijst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="168"/>
        <source>P&amp;seudonymise…</source>
        <translation>P&amp;seudonimiseren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="171"/>
        <source>Replace every accepted name by its pseudonym; the originals go to a key file</source>
        <translation>Elke aanvaarde naam vervangen door zijn pseudoniem; de originelen gaan naar een sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="244"/>
        <source>Looking for names: %1 of %2 documents</source>
        <translation>Namen zoeken: %1 van %2 documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/view.py" line="303"/>
        <source>%n name(s) shown</source>
        <translation>
            <numerusform>%n naam getoond</numerusform>
            <numerusform>%n namen getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/view.py" line="305"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="366"/>
        <source>Accept names</source>
        <translation>Namen aanvaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="373"/>
        <source>Accept as one person</source>
        <translation>Aanvaarden als één persoon</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="379"/>
        <source>Reject names</source>
        <translation>Namen afwijzen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="384"/>
        <source>Reopen names</source>
        <translation>Namen heropenen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="396"/>
        <source>Correct a name</source>
        <translation>Een naam verbeteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="411"/>
        <location filename="../../duocoder/gui/privacy/view.py" line="415"/>
        <source>Set pseudonym</source>
        <translation>Pseudoniem instellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="411"/>
        <source>Pseudonym:</source>
        <translation>Pseudoniem:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="420"/>
        <source>Pseudonym style</source>
        <translation>Stijl van pseudoniemen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/view.py" line="425"/>
        <source>Change the list of names</source>
        <translation>De namenlijst wijzigen</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../duocoder/gui/common/controller.py" line="239"/>
        <location filename="../../duocoder/gui/common/controller.py" line="254"/>
        <source>Coder colour</source>
        <translation>Kleur van de codeur</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="31"/>
        <source>Pseudonymise</source>
        <translation>Pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="32"/>
        <source>Replacing names…</source>
        <translation>Namen vervangen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="39"/>
        <source>Every accepted name is replaced by its pseudonym in the documents, their names and the memos. The originals go only to the key file, encrypted with its passphrase; with both, an original can be restored. Edit ▸ Undo takes the whole run back (it asks for the key).</source>
        <translation>Elke aanvaarde naam wordt door zijn pseudoniem vervangen in de documenten, hun namen en de memo&apos;s. De originelen gaan alleen naar het sleutelbestand, versleuteld met zijn wachtzin; met beide kan een origineel hersteld worden. Bewerken ▸ Ongedaan maken draait de hele ronde terug (en vraagt daarvoor de sleutel).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="48"/>
        <source>Also &amp;accept all open candidates</source>
        <translation>Ook alle open kandidaten &amp;aanvaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="58"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="95"/>
        <source>Nothing was replaced: no candidate is accepted. Accept names in the review first, or tick &apos;Also accept all open candidates&apos;.</source>
        <translation>Er is niets vervangen: geen enkele kandidaat is aanvaard. Aanvaard eerst namen in de controle, of vink &apos;Ook alle open kandidaten aanvaarden&apos; aan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="104"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n vervanging</numerusform>
            <numerusform>%n vervangingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="106"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="108"/>
        <source>%n pseudonym(s)</source>
        <translation>
            <numerusform>%n pseudoniem</numerusform>
            <numerusform>%n pseudoniemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="120"/>
        <source>The names in the stored paths of %n recording(s) were replaced too, so the project no longer finds them by name: find them again by their fingerprint with Document ▸ Find moved recordings…</source>
        <translation>
            <numerusform>Ook de namen in het bewaarde pad van %n opname zijn vervangen, dus het project vindt haar niet meer op naam: vind haar terug aan haar vingerafdruk met Document ▸ Verplaatste opnames zoeken…</numerusform>
            <numerusform>Ook de namen in de bewaarde paden van %n opnames zijn vervangen, dus het project vindt ze niet meer op naam: vind ze terug aan hun vingerafdruk met Document ▸ Verplaatste opnames zoeken…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="132"/>
        <source>The server still keeps the replaced rows&apos; old versions: the team project&apos;s creator removes them by pseudonymising again, or the server&apos;s administrator with VACUUM FULL.</source>
        <translation>De server bewaart de oude versies van de vervangen rijen nog: de maker van het teamproject verwijdert ze door opnieuw te pseudonimiseren, of de beheerder van de server met VACUUM FULL.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="138"/>
        <source>The project file still holds the originals&apos; old pages: it is cleaned when every window on it is closed.</source>
        <translation>Het projectbestand bevat nog de oude pagina&apos;s met de originelen: het wordt opgeruimd wanneer elk venster erop gesloten is.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="148"/>
        <source>These backups still hold the original names: %1; delete them or keep them apart.</source>
        <translation>Deze reservekopieën bevatten nog de oorspronkelijke namen: %1; verwijder ze of bewaar ze apart.</translation>
    </message>
</context>
<context>
    <name>PseudonymsPage</name>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="41"/>
        <source>How each kind of identifier is replaced. A changed style gives new pseudonyms to the names not replaced yet.</source>
        <translation>Hoe elke soort herkenbare gegevens vervangen wordt. Een andere stijl geeft nieuwe pseudoniemen aan de namen die nog niet vervangen zijn.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="64"/>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="64"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="64"/>
        <source>Style</source>
        <translation>Stijl</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="64"/>
        <source>In the text</source>
        <translation>In de tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/privacy/side.py" line="66"/>
        <source>Double-click a pseudonym to change it</source>
        <translation>Dubbelklik op een pseudoniem om het te wijzigen</translation>
    </message>
</context>
<context>
    <name>QdpxExport</name>
    <message>
        <location filename="../../duocoder/gui/shell/qdpx_export.py" line="34"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/qdpx_export.py" line="36"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-project (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/qdpx_export.py" line="116"/>
        <source>REFI-QDA project written to %1 (documents: %2, codings: %3).</source>
        <translation>REFI-QDA-project geschreven naar %1 (documenten: %2, coderingen: %3).</translation>
    </message>
</context>
<context>
    <name>QdpxExportDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/qdpx_export.py" line="52"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/qdpx_export.py" line="53"/>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>QdpxImportDialog</name>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="29"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="30"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="40"/>
        <source>Import project %1</source>
        <translation>Project %1 importeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="53"/>
        <source>%1 document(s) imported, %2 already in the project; %3 new code(s), %4 merged with existing codes; %5 coding(s) added, %6 already there.</source>
        <translation>%1 document(en) geïmporteerd, %2 al in het project; %3 nieuwe code(s), %4 samengevoegd met bestaande codes; %5 codering(en) toegevoegd, %6 waren er al.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="72"/>
        <source>The import was cancelled; the documents before it are in.</source>
        <translation>De import is afgebroken; de documenten ervoor zijn binnen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="77"/>
        <source>Imported beside a different text of the same name:</source>
        <translation>Geïmporteerd naast een andere tekst met dezelfde naam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="81"/>
        <source>How each document&apos;s positions were read:</source>
        <translation>Hoe de posities van elk document gelezen zijn:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/qdpx_import_dialog.py" line="85"/>
        <source>Not kept, or please check:</source>
        <translation>Niet bewaard, of graag nakijken:</translation>
    </message>
</context>
<context>
    <name>QuoteExportDialog</name>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="137"/>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="196"/>
        <source>Export quotes to Word</source>
        <translation>Citaten naar Word exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="142"/>
        <source>The quotes of the codes shown in this analysis, per code in codebook order and per role. Interviewer words inside a quote are left out and marked […]; a quote that starts or ends mid-sentence is marked (…) there.</source>
        <translation>De citaten van de codes in deze analyse, per code in de volgorde van het codeboek en per rol. Woorden van de interviewer binnen een citaat worden weggelaten en gemarkeerd met […]; een citaat dat midden in een zin begint of eindigt, krijgt daar (…).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="149"/>
        <source>With the &amp;source of each quote (document, ¶)</source>
        <translation>Met de &amp;bron van elk citaat (document, ¶)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="151"/>
        <source>With the &amp;memo of each coding</source>
        <translation>Met de &amp;memo bij elke codering</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="152"/>
        <source>With the code &amp;descriptions</source>
        <translation>Met de beschrijvingen van de co&amp;des</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="155"/>
        <source>On its own line under the quote</source>
        <translation>Op een eigen regel onder het citaat</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="156"/>
        <source>Right after the quote: ‘…’ (participant)</source>
        <translation>Meteen na het citaat: ‘…’ (deelnemer)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="157"/>
        <source>&amp;Role of the speaker:</source>
        <translation>&amp;Rol van de spreker:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="167"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="174"/>
        <source>Quote the codings of c&amp;oders:</source>
        <translation>Citeer de coderingen van c&amp;odeurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="193"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/export_dialog.py" line="198"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
</context>
<context>
    <name>RecentRow</name>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="72"/>
        <source>Team project on %1</source>
        <translation>Teamproject op %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="83"/>
        <source>Not found: %1</source>
        <translation>Niet gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="87"/>
        <source>Remove from the list (the project itself stays)</source>
        <translation>Uit de lijst halen (het project zelf blijft bestaan)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="88"/>
        <source>Remove %1 from the list</source>
        <translation>%1 uit de lijst halen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="85"/>
        <source>Word, phrase or pattern, e.g. vertrouwen</source>
        <translation>Woord, woordgroep of patroon, bv. vertrouwen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="87"/>
        <source>Search the project for</source>
        <translation>Zoeken in het project naar</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="90"/>
        <source>Exact text</source>
        <translation>Exacte tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="91"/>
        <source>Text, ignoring case</source>
        <translation>Tekst, hoofdletters negeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="92"/>
        <source>Whole word</source>
        <translation>Heel woord</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="93"/>
        <source>Lemma (every form of a word)</source>
        <translation>Lemma (elke vorm van een woord)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="94"/>
        <source>Regular expression</source>
        <translation>Reguliere expressie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="102"/>
        <source>Search mode</source>
        <translation>Zoekwijze</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="103"/>
        <source>I&amp;gnore case</source>
        <translation>Hoofdletters ne&amp;geren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="105"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="106"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="108"/>
        <source>Any passage</source>
        <translation>Elke passage</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="110"/>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="111"/>
        <source>outside</source>
        <translation>buiten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="116"/>
        <source>Include &amp;interviewer turns</source>
        <translation>Ook beurten van de &amp;interviewer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="118"/>
        <source>Only hits in documents of this role</source>
        <translation>Alleen treffers in documenten met deze rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="119"/>
        <source>Only hits in documents of this case</source>
        <translation>Alleen treffers in documenten van deze casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="120"/>
        <source>Only hits inside or outside this code&apos;s segments</source>
        <translation>Alleen treffers binnen of buiten de segmenten van deze code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="121"/>
        <source>Inside or outside the code&apos;s segments</source>
        <translation>Binnen of buiten de segmenten van de code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="122"/>
        <source>Only hits in turns of this speaker</source>
        <translation>Alleen treffers in beurten van deze spreker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="133"/>
        <source>Search hits</source>
        <translation>Zoektreffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="136"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="137"/>
        <source>Write the ticked hits in their context to .xlsx or .csv</source>
        <translation>De aangevinkte treffers met hun context naar .xlsx of .csv schrijven</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="152"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Zoeken naar:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="160"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="161"/>
        <source>Ca&amp;se:</source>
        <translation>Ca&amp;sus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="162"/>
        <source>S&amp;peaker:</source>
        <translation>S&amp;preker:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="163"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="171"/>
        <source>Code&amp;d by:</source>
        <translation>Geco&amp;deerd door:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="239"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="245"/>
        <source>Every respondent</source>
        <translation>Alle respondenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="247"/>
        <source>%1 (interviewer)</source>
        <translation>%1 (interviewer)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="276"/>
        <source>Type a word or phrase to search for.</source>
        <translation>Typ een woord of woordgroep om naar te zoeken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="280"/>
        <source>No code is called &apos;%1&apos;.</source>
        <translation>Er is geen code met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="283"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/search.py" line="327"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/search.py" line="327"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="330"/>
        <source>segments coded by %1</source>
        <translation>fragmenten gecodeerd door %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="336"/>
        <source>No hits.</source>
        <translation>Geen treffers.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="338"/>
        <source>No hits — try “Lemma” to find every form of the word, or fewer filters.</source>
        <translation>Geen treffers — probeer “Lemma” om elke vorm van het woord te vinden, of minder filters.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="343"/>
        <source>Type a word or phrase above and press Enter: the hits appear here, each in its context, ready to be coded.</source>
        <translation>Typ hierboven een woord of woordgroep en druk op Enter: de treffers verschijnen hier, elk in zijn context, klaar om te coderen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="355"/>
        <source>Export search hits</source>
        <translation>Zoektreffers exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="356"/>
        <source>search hits</source>
        <translation>zoektreffers</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="357"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/search.py" line="373"/>
        <source>Hits written to %1.</source>
        <translation>Treffers geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="79"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="80"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="81"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="82"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="83"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="84"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="106"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="181"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="195"/>
        <source>How many segments are listed</source>
        <translation>Hoeveel segmenten er in de lijst staan</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="198"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="199"/>
        <source>C&amp;ase:</source>
        <translation>C&amp;asus:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="247"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="200"/>
        <source>C&amp;oders:</source>
        <translation>C&amp;odeurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="287"/>
        <source>(“%1”): other documents are left out.</source>
        <translation>(“%1”): andere documenten blijven buiten beschouwing.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="289"/>
        <source>— other documents are left out.</source>
        <translation>— andere documenten blijven buiten beschouwing.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="291"/>
        <source>Show &amp;all documents</source>
        <translation>&amp;Alle documenten tonen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="293"/>
        <source>List the segments of every document, whatever is selected</source>
        <translation>De segmenten van elk document tonen, ongeacht de selectie</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="296"/>
        <source>— whatever is selected in the Documents pane.</source>
        <translation>— ongeacht de selectie in het deelvenster Documenten.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="298"/>
        <source>&amp;Only the selected documents</source>
        <translation>Alleen de ge&amp;selecteerde documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="300"/>
        <source>List only the segments of the documents selected in the Documents pane</source>
        <translation>Alleen de segmenten tonen van de documenten die in het deelvenster Documenten geselecteerd zijn</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="308"/>
        <source>Tick codes in the code tree to see their segments.</source>
        <translation>Vink codes aan in de codeboom om hun segmenten te zien.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="310"/>
        <source>Tick the box of a code in the Codes pane to list its segments here.</source>
        <translation>Vink een code aan in het deelvenster Codes om haar segmenten hier te tonen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="335"/>
        <source>No segments of the ticked codes in the selected documents — show all documents, tick other codes or choose other filters.</source>
        <translation>Geen segmenten van de aangevinkte codes in de geselecteerde documenten — toon alle documenten, vink andere codes aan of kies andere filters.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="339"/>
        <source>No segments of the ticked codes — tick other codes or filters.</source>
        <translation>Geen segmenten van de aangevinkte codes — vink andere codes of filters aan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/segments.py" line="343"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n geselecteerd document</numerusform>
            <numerusform>in %n geselecteerde documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="345"/>
        <source>in all documents</source>
        <translation>in alle documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/segments.py" line="347"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="349"/>
        <source>coded by %1</source>
        <translation>gecodeerd door %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="375"/>
        <source>segments → clipboard</source>
        <translation>segmenten → klembord</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="397"/>
        <source>Export segments</source>
        <translation>Segmenten exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="398"/>
        <source>segments</source>
        <translation>segmenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="399"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="425"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="426"/>
        <source>&amp;Export segments…</source>
        <translation>Segmenten &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/segments.py" line="430"/>
        <source>&amp;Listen</source>
        <translation>&amp;Beluisteren</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="49"/>
        <source>Stakeholder comparison</source>
        <translation>Perspectieven</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="59"/>
        <source>Type to find a code…</source>
        <translation>Typ om een code te zoeken…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="65"/>
        <source>Code selected in the &amp;tree</source>
        <translation>Code &amp;geselecteerd in de boom</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="66"/>
        <source>Compare the code that is current in the Codes pane</source>
        <translation>Vergelijk de code die in het paneel Codes geselecteerd is</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="68"/>
        <source>Include su&amp;b-codes</source>
        <translation>Subcodes mee&amp;tellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="70"/>
        <source>Co&amp;de:</source>
        <translation>Cod&amp;e:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="146"/>
        <source>Choose a code to compare.</source>
        <translation>Kies een code om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="191"/>
        <source>No passages coded with “%1” match these filters — choose another case, duo or coder, or another code.</source>
        <translation>Geen fragmenten gecodeerd met “%1” vallen binnen deze filters — kies een andere casus, duo of codeur, of een andere code.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="196"/>
        <source>No passages coded with “%1” yet — code passages, or choose another code.</source>
        <translation>Nog geen fragmenten gecodeerd met “%1” — codeer fragmenten, of kies een andere code.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="208"/>
        <source>(%n passage(s))</source>
        <translation>
            <numerusform>(%n passage)</numerusform>
            <numerusform>(%n passages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="224"/>
        <source>&amp;Listen</source>
        <translation>&amp;Beluisteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="225"/>
        <source>&amp;Show in the transcript</source>
        <translation>&amp;Tonen in het transcript</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="78"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="78"/>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="78"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="78"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="106"/>
        <source>All codes with keywords</source>
        <translation>Alle codes met trefwoorden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="107"/>
        <source>Suggestions for this code</source>
        <translation>Suggesties voor deze code</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="108"/>
        <source>Fi&amp;nd suggestions</source>
        <translation>Suggesties &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="117"/>
        <source>Suggested codings</source>
        <translation>Voorgestelde coderingen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="131"/>
        <source>Acce&amp;pt selected</source>
        <translation>Selectie aan&amp;vaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="132"/>
        <source>Re&amp;ject selected</source>
        <translation>Selectie a&amp;fwijzen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="133"/>
        <source>Remove all auto-codings of this code…</source>
        <translation>Alle automatische coderingen van deze code verwijderen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="136"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="140"/>
        <source>Skip what is coded &amp;by:</source>
        <translation>Sla over wat gecodeerd is &amp;door:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="175"/>
        <source>A accepts and R rejects the selected suggestions.</source>
        <translation>A aanvaardt en R wijst de geselecteerde suggesties af.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="219"/>
        <source>Codes without keywords (%1 of %2): %3 — add keywords with Edit keywords… in a code&apos;s context menu in the code tree.</source>
        <translation>Codes zonder trefwoorden (%1 van %2): %3 — voeg trefwoorden toe met Trefwoorden bewerken… in het contextmenu van een code in de codeboom.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="228"/>
        <source>No suggestions: no code has keywords yet, so nothing can be matched.</source>
        <translation>Geen suggesties: nog geen enkele code heeft trefwoorden, dus er valt niets te vinden.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="232"/>
        <source>No suggestions: the project has no codable codes yet.</source>
        <translation>Geen suggesties: het project heeft nog geen codeerbare codes.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="240"/>
        <source>No suggestions: no uncoded sentence contains a keyword of &apos;%1&apos; (sentences already coded with it or rejected are left out).</source>
        <translation>Geen suggesties: geen ongecodeerde zin bevat een trefwoord van &apos;%1&apos; (zinnen die er al mee gecodeerd of afgewezen zijn, tellen niet mee).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="245"/>
        <source>No suggestions: no uncoded sentence contains a keyword of the codes that have keywords (sentences already coded with the code or rejected are left out).</source>
        <translation>Geen suggesties: geen ongecodeerde zin bevat een trefwoord van de codes met trefwoorden (zinnen die al met de code gecodeerd of afgewezen zijn, tellen niet mee).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="256"/>
        <source>The project changed; find suggestions again to update this list.</source>
        <translation>Het project is gewijzigd; zoek opnieuw suggesties om deze lijst bij te werken.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="275"/>
        <source>No code with keywords is called &apos;%1&apos;.</source>
        <translation>Er is geen code met trefwoorden met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="285"/>
        <source>Looking for sentences that match the keywords…</source>
        <translation>Zinnen zoeken die bij de trefwoorden passen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="302"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestie</numerusform>
            <numerusform>%n suggesties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="304"/>
        <source>(sentences coded by %1 left out)</source>
        <translation>(zinnen gecodeerd door %1 weggelaten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="329"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestie aanvaarden</numerusform>
            <numerusform>%n suggesties aanvaarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="334"/>
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestie afwijzen</numerusform>
            <numerusform>%n suggesties afwijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="342"/>
        <source>%n coding(s) added, marked as auto-suggested.</source>
        <translation>
            <numerusform>%n codering toegevoegd, gemarkeerd als automatisch voorgesteld.</numerusform>
            <numerusform>%n coderingen toegevoegd, gemarkeerd als automatisch voorgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="345"/>
        <source>%n suggestion(s) rejected; they will not be suggested again.</source>
        <translation>
            <numerusform>%n suggestie afgewezen; ze wordt niet meer voorgesteld.</numerusform>
            <numerusform>%n suggesties afgewezen; ze worden niet meer voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="359"/>
        <source>Remove auto-codings</source>
        <translation>Automatische coderingen verwijderen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="361"/>
        <source>Remove every auto-suggested coding of &apos;%1&apos;? Codings made by hand stay; Undo brings them back.</source>
        <translation>Alle automatisch voorgestelde coderingen van &apos;%1&apos; verwijderen? Coderingen die je zelf maakte, blijven; Ongedaan maken brengt ze terug.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="367"/>
        <source>Remove the auto-codings of %1</source>
        <translation>De automatische coderingen van %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="370"/>
        <source>%n auto-coding(s) removed.</source>
        <translation>
            <numerusform>%n automatische codering verwijderd.</numerusform>
            <numerusform>%n automatische coderingen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="381"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aanvaarden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/suggest.py" line="382"/>
        <source>Re&amp;ject</source>
        <translation>A&amp;fwijzen</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../duocoder/gui/common/tasks.py" line="208"/>
        <source>An unexpected error occurred (%1).</source>
        <translation>Er is een onverwachte fout opgetreden (%1).</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/common/tasks.py" line="210"/>
        <source>An unexpected error occurred (%1); the details are in %2.</source>
        <translation>Er is een onverwachte fout opgetreden (%1); de details staan in %2.</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="66"/>
        <source>Open team project</source>
        <translation>Teamproject openen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="70"/>
        <source>A team project is a database on your team&apos;s PostgreSQL server. Whoever manages the server can tell you these details.</source>
        <translation>Een teamproject is een databank op de PostgreSQL-server van je team. Wie de server beheert, kan je deze gegevens bezorgen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="87"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>Ont&amp;houden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="91"/>
        <source>This computer has no keyring DuoCoder can use, so the password cannot be remembered: you type it each time.</source>
        <translation>Deze computer heeft geen sleutelhanger die DuoCoder kan gebruiken, dus het wachtwoord kan niet onthouden worden: je typt het telkens opnieuw.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="100"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="101"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="102"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databank:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="114"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="174"/>
        <source>The server asks for the password of %1.</source>
        <translation>De server vraagt het wachtwoord van %1.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="202"/>
        <source>Type the name of the database.</source>
        <translation>Typ de naam van de databank.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="207"/>
        <source>Type the password.</source>
        <translation>Typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/team_project_dialog.py" line="216"/>
        <source>The server did not accept this password; type it again.</source>
        <translation>De server aanvaardt dit wachtwoord niet; typ het opnieuw.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../duocoder/gui/transcript/tooltip.py" line="26"/>
        <source>changed by %1 on %2</source>
        <translation>gewijzigd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/tooltip.py" line="30"/>
        <source>changed on %2</source>
        <translation>gewijzigd op %2</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/transcript/tooltip.py" line="33"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>TurnRulesDialog</name>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="53"/>
        <source>a label before the words (I: …)</source>
        <translation>een label voor de woorden (I: …)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="56"/>
        <source>a label on a line of its own</source>
        <translation>een label op een eigen regel</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="59"/>
        <source>the voices of subtitles</source>
        <translation>de stemmen van ondertitels</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="60"/>
        <source>questions set apart by their formatting</source>
        <translation>vragen die door hun opmaak opvallen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="63"/>
        <source>no speakers found</source>
        <translation>geen sprekers gevonden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="87"/>
        <source>Turn rules of %1</source>
        <translation>Beurtregels van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="109"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="109"/>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="109"/>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="133"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="109"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="120"/>
        <source>Interviewer: the turns of this label are the interviewer&apos;s questions.
Ignore: this word only looks like a label (Conclusie: inside an answer); its lines stay part of the turn before.</source>
        <translation>Interviewer: de beurten van dit label zijn de vragen van de interviewer.
Negeren: dit woord lijkt alleen op een label (Conclusie: midden in een antwoord); zijn regels blijven bij de beurt ervoor.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="133"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="133"/>
        <source>First words</source>
        <translation>Eerste woorden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="142"/>
        <source>&amp;This document</source>
        <translation>&amp;Dit document</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="144"/>
        <source>All %1 &amp;selected documents</source>
        <translation>Alle %1 ge&amp;selecteerde documenten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="155"/>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="158"/>
        <source>Back to a&amp;utomatic</source>
        <translation>Terug naar a&amp;utomatisch</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="166"/>
        <source>Speaker labels found:</source>
        <translation>Gevonden sprekerslabels:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="170"/>
        <source>Interviewer &amp;questions are:</source>
        <translation>&amp;Vragen van de interviewer zijn:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="177"/>
        <source>Preview of the first %1 turns:</source>
        <translation>Voorbeeld van de eerste %1 beurten:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="184"/>
        <source>Apply to</source>
        <translation>Toepassen op</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="319"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="319"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="329"/>
        <source>Speakers are marked by: %1</source>
        <translation>Sprekers zijn aangeduid met: %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="337"/>
        <source>No speaker labels were found. If the interviewer&apos;s questions are in italics, in bold or list items, choose that below; otherwise check that the lines start with a label such as &apos;I:&apos; or &apos;Interviewer:&apos;.</source>
        <translation>Er zijn geen sprekerslabels gevonden. Staan de vragen van de interviewer cursief, vet of als opsomming, kies dat dan hieronder; controleer anders of de regels beginnen met een label zoals &apos;I:&apos; of &apos;Interviewer:&apos;.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="344"/>
        <source>No turns were found this way: try another choice below.</source>
        <translation>Zo zijn geen beurten gevonden: probeer hieronder een andere keuze.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="349"/>
        <source>No turns under these rules.</source>
        <translation>Geen beurten met deze regels.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="351"/>
        <source>Every label is ignored: untick &apos;Ignore&apos; for the speakers.</source>
        <translation>Elk label wordt genegeerd: vink &apos;Negeren&apos; uit voor de sprekers.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="354"/>
        <source>%1 turns, none of them the interviewer&apos;s: tick &apos;Interviewer&apos; for the label of the questions.</source>
        <translation>%1 beurten, geen enkele van de interviewer: vink &apos;Interviewer&apos; aan voor het label van de vragen.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="359"/>
        <source>All %1 turns are the interviewer&apos;s: untick &apos;Interviewer&apos; for the respondent&apos;s label.</source>
        <translation>Alle %1 beurten zijn van de interviewer: vink &apos;Interviewer&apos; uit voor het label van de respondent.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="364"/>
        <source>%1 turns, %2 of them the interviewer&apos;s.</source>
        <translation>%1 beurten, waarvan %2 van de interviewer.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="383"/>
        <source>Find the turns of %1 again</source>
        <translation>De beurten van %1 opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="387"/>
        <source>Find the turns of %1 documents again</source>
        <translation>De beurten van %1 documenten opnieuw zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="393"/>
        <source>Applied to %n document(s); Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Toegepast op %n document; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
            <numerusform>Toegepast op %n documenten; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="421"/>
        <source>Turn rules</source>
        <translation>Beurtregels</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="422"/>
        <source>Open a document first: the turn rules belong to one document.</source>
        <translation>Open eerst een document: de beurtregels horen bij één document.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="113"/>
        <source>Welcome to DuoCoder</source>
        <translation>Welkom bij DuoCoder</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="119"/>
        <source>Code interview transcripts of duowerkingen: import the interviews of coordinators, participants and volunteers, and code them with your codebook.</source>
        <translation>Codeer interviewtranscripten van duowerkingen: importeer de interviews met coördinatoren, deelnemers en vrijwilligers, en codeer ze met je codeboek.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="137"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="142"/>
        <source>Three interviews of one duowerking, already coded</source>
        <translation>Drie interviews van één duowerking, al gecodeerd</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="148"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="149"/>
        <source>Name, language and the codebook to start from</source>
        <translation>Naam, taal en het codeboek om mee te beginnen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="155"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="156"/>
        <source>A project file (.duocoder) on this computer</source>
        <translation>Een projectbestand (.duocoder) op deze computer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="163"/>
        <source>A project the team shares on a PostgreSQL server</source>
        <translation>Een project dat het team deelt op een PostgreSQL-server</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="185"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="188"/>
        <source>The projects you open will be listed here.</source>
        <translation>De projecten die je opent, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="162"/>
        <source>Open &amp;team project…</source>
        <translation>&amp;Teamproject openen…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/shell/welcome.py" line="141"/>
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
</context>
<context>
    <name>WordChart</name>
    <message>
        <location filename="../../duocoder/gui/language/chart.py" line="48"/>
        <source>No words counted yet.</source>
        <translation>Nog geen woorden geteld.</translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="116"/>
        <location filename="../../duocoder/gui/language/words.py" line="268"/>
        <source>Whole project</source>
        <translation>Heel het project</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="117"/>
        <source>Per role</source>
        <translation>Per rol</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="118"/>
        <source>Per case</source>
        <translation>Per casus</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="119"/>
        <source>Per code (words in its segments)</source>
        <translation>Per code (woorden in haar segmenten)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="132"/>
        <source>Number of words per group</source>
        <translation>Aantal woorden per groep</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="133"/>
        <source>Include &amp;interviewer turns</source>
        <translation>Ook beurten van de &amp;interviewer</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="134"/>
        <source>Include function &amp;words</source>
        <translation>Functie&amp;woorden meetellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="136"/>
        <source>Count words such as de, het, is, maar, ’s and eh, left out by default</source>
        <translation>Ook woorden als de, het, is, maar, ’s en eh tellen (standaard weggelaten)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="138"/>
        <source>Include na&amp;mes</source>
        <translation>Na&amp;men meetellen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="141"/>
        <source>Count names, left out by default: speaker labels, words of document and case names, capitalised words the texts never write in lower case, and the names and pseudonyms of the privacy review</source>
        <translation>Namen meetellen, standaard weggelaten: sprekerlabels, woorden uit document- en casusnamen, woorden met een hoofdletter die de teksten nooit met een kleine letter schrijven, en de namen en pseudoniemen van de privacycontrole</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="146"/>
        <source>Cou&amp;nt</source>
        <translation>Te&amp;llen</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="147"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="155"/>
        <source>Word frequencies</source>
        <translation>Woordfrequenties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="165"/>
        <source>Group shown in the chart</source>
        <translation>Groep in de grafiek</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="167"/>
        <source>Bar chart of the most frequent words</source>
        <translation>Staafdiagram van de meest voorkomende woorden</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="183"/>
        <source>Count &amp;by:</source>
        <translation>Tellen &amp;per:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="184"/>
        <source>C&amp;oders:</source>
        <translation>C&amp;odeurs:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="185"/>
        <source>To&amp;p:</source>
        <translation>Aa&amp;ntal:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="200"/>
        <source>Cha&amp;rt of:</source>
        <translation>G&amp;rafiek van:</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="231"/>
        <source>Counting words…</source>
        <translation>Woorden tellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/words.py" line="274"/>
        <source>%n different word(s) shown</source>
        <translation>
            <numerusform>%n verschillend woord getoond</numerusform>
            <numerusform>%n verschillende woorden getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="276"/>
        <source>all coders</source>
        <translation>alle codeurs</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="277"/>
        <source>in the segments of %1</source>
        <translation>in de fragmenten van %1</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="279"/>
        <source>names left out</source>
        <translation>namen weggelaten</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="293"/>
        <source>Export word frequencies</source>
        <translation>Woordfrequenties exporteren</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="294"/>
        <source>word frequencies</source>
        <translation>woordfrequenties</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="295"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../duocoder/gui/language/words.py" line="313"/>
        <source>Word frequencies written to %1.</source>
        <translation>Woordfrequenties geschreven naar %1.</translation>
    </message>
</context>
</TS>
