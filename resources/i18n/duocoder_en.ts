<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CodeHitsBox</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="174"/>
        <source>%n passage(s) would be coded</source>
        <translation>
            <numerusform>%n passage would be coded</numerusform>
            <numerusform>%n passages would be coded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="176"/>
        <source>(from %n ticked hit(s)).</source>
        <translation>
            <numerusform>(from %n ticked hit).</numerusform>
            <numerusform>(from %n ticked hits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="200"/>
        <source>Code %n search hit(s)</source>
        <translation>
            <numerusform>Code %n search hit</numerusform>
            <numerusform>Code %n search hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/code_hits.py" line="208"/>
        <source>%n coding(s) added; Undo takes them back.</source>
        <translation>
            <numerusform>%n coding added; Undo takes them back.</numerusform>
            <numerusform>%n codings added; Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeMatrixView</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="215"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/matrix_view.py" line="216"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n selected document</numerusform>
            <numerusform>in %n selected documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="203"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="204"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="245"/>
        <source>%n segment(s) of “%1”</source>
        <translation>
            <numerusform>%n segment of “%1”</numerusform>
            <numerusform>%n segments of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/cooccurrence_view.py" line="248"/>
        <source>%n pair(s) of “%1” and “%2”</source>
        <translation>
            <numerusform>%n pair of “%1” and “%2”</numerusform>
            <numerusform>%n pairs of “%1” and “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/documents_model.py" line="154"/>
        <source>Case (organisation) with %n document(s)</source>
        <translation>
            <numerusform>Case (organisation) with %n document</numerusform>
            <numerusform>Case (organisation) with %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuoView</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="178"/>
        <source>%1: %n segment(s) of “%2”</source>
        <translation>
            <numerusform>%1: %n segment of “%2”</numerusform>
            <numerusform>%1: %n segments of “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="205"/>
        <source>&lt;b&gt;Duo matrix&lt;/b&gt;: the participant&apos;s codes down, the volunteer&apos;s across; a cell counts the duos with both (%n complete duo(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Duo matrix&lt;/b&gt;: the participant&apos;s codes down, the volunteer&apos;s across; a cell counts the duos with both (%n complete duo)</numerusform>
            <numerusform>&lt;b&gt;Duo matrix&lt;/b&gt;: the participant&apos;s codes down, the volunteer&apos;s across; a cell counts the duos with both (%n complete duos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/duo_view.py" line="223"/>
        <source>%n duo(s)</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/find.py" line="184"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="49"/>
        <source>%n passage(s) still contain names not reviewed:</source>
        <translation>
            <numerusform>%n passage still contains names not reviewed:</numerusform>
            <numerusform>%n passages still contain names not reviewed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/guard_dialog.py" line="79"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="308"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/import_dialog.py" line="320"/>
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexBar</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/tasks.py" line="46"/>
        <source>%n document(s) to index</source>
        <translation>
            <numerusform>%n document to index</numerusform>
            <numerusform>%n documents to index</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageFeatures</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/menu.py" line="201"/>
        <source>%n turn(s) coded.</source>
        <translation>
            <numerusform>%n turn coded.</numerusform>
            <numerusform>%n turns coded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/listening.py" line="430"/>
        <source>%n recording(s) found again</source>
        <translation>
            <numerusform>%n recording found again</numerusform>
            <numerusform>%n recordings found again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/transcript/listening.py" line="432"/>
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n still missing.</numerusform>
            <numerusform>%n still missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/shell/main_window.py" line="262"/>
        <source>This project has %n repeated coding(s): a passage coded again with the same code by the same coder, as older versions of DuoCoder allowed, so it counts twice in every analysis. Remove the repeats? Each passage keeps its first coding and every memo; Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>This project has %n repeated coding: a passage coded again with the same code by the same coder, as older versions of DuoCoder allowed, so it counts twice in every analysis. Remove the repeats? Each passage keeps its first coding and every memo; Edit ▸ Undo takes it back.</numerusform>
            <numerusform>This project has %n repeated codings: a passage coded again with the same code by the same coder, as older versions of DuoCoder allowed, so it counts twice in every analysis. Remove the repeats? Each passage keeps its first coding and every memo; Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyFeatures</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/features.py" line="144"/>
        <source>%n name(s) restored in %1.</source>
        <translation>
            <numerusform>%n name restored in %1.</numerusform>
            <numerusform>%n names restored in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/view.py" line="303"/>
        <source>%n name(s) shown</source>
        <translation>
            <numerusform>%n name shown</numerusform>
            <numerusform>%n names shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/view.py" line="305"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="104"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="106"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/privacy/pseudonymise_dialog.py" line="108"/>
        <source>%n pseudonym(s)</source>
        <translation>
            <numerusform>%n pseudonym</numerusform>
            <numerusform>%n pseudonyms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/search.py" line="327"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/search.py" line="327"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/segments.py" line="343"/>
        <source>in %n selected document(s)</source>
        <translation>
            <numerusform>in %n selected document</numerusform>
            <numerusform>in %n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/segments.py" line="347"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/analysis/stakeholder_view.py" line="208"/>
        <source>(%n passage(s))</source>
        <translation>
            <numerusform>(%n passage)</numerusform>
            <numerusform>(%n passages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="302"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="329"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="334"/>
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>Reject %n suggestion</numerusform>
            <numerusform>Reject %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="342"/>
        <source>%n coding(s) added, marked as auto-suggested.</source>
        <translation>
            <numerusform>%n coding added, marked as auto-suggested.</numerusform>
            <numerusform>%n codings added, marked as auto-suggested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="345"/>
        <source>%n suggestion(s) rejected; they will not be suggested again.</source>
        <translation>
            <numerusform>%n suggestion rejected; they will not be suggested again.</numerusform>
            <numerusform>%n suggestions rejected; they will not be suggested again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/suggest.py" line="370"/>
        <source>%n auto-coding(s) removed.</source>
        <translation>
            <numerusform>%n auto-coding removed.</numerusform>
            <numerusform>%n auto-codings removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnRulesDialog</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/panes/turn_rules_dialog.py" line="393"/>
        <source>Applied to %n document(s); Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Applied to %n document; Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Applied to %n documents; Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message numerus="yes">
        <location filename="../../duocoder/gui/language/words.py" line="274"/>
        <source>%n different word(s) shown</source>
        <translation>
            <numerusform>%n different word shown</numerusform>
            <numerusform>%n different words shown</numerusform>
        </translation>
    </message>
</context>
</TS>
