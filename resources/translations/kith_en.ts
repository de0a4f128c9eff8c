<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kith::cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/ExportCommand.cpp" line="+45"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n people to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::AgendaReport</name>
    <message numerus="yes">
        <location filename="../../app/cli/AgendaReport.cpp" line="+152"/>
        <source>Agenda for %1, looking %n day(s) ahead</source>
        <translation>
            <numerusform>Agenda for %1, looking %n day ahead</numerusform>
            <numerusform>Agenda for %1, looking %n days ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::ImportReport</name>
    <message numerus="yes">
        <location filename="../../app/cli/ImportReport.cpp" line="+69"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::MergeCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/DuplicatesCommand.cpp" line="+179"/>
        <source>Merged %n person(s) into %1 (%2).</source>
        <translation>
            <numerusform>Merged %n person into %1 (%2).</numerusform>
            <numerusform>Merged %n people into %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::RestoreReport</name>
    <message numerus="yes">
        <location filename="../../app/cli/ImportReport.cpp" line="+58"/>
        <source>Dry run, nothing written: %1 holds %n row(s) and can be restored into %2:</source>
        <translation>
            <numerusform>Dry run, nothing written: %1 holds %n row and can be restored into %2:</numerusform>
            <numerusform>Dry run, nothing written: %1 holds %n rows and can be restored into %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Restored %n row(s) from %1 into %2:</source>
        <translation>
            <numerusform>Restored %n row from %1 into %2:</numerusform>
            <numerusform>Restored %n rows from %1 into %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::csv</name>
    <message numerus="yes">
        <location filename="../../core/interchange/csv/CsvContacts.cpp" line="+143"/>
        <source>… and %n more left out.</source>
        <translation>
            <numerusform>… and %n more left out.</numerusform>
            <numerusform>… and %n more left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ical</name>
    <message numerus="yes">
        <location filename="../../core/interchange/ical/EventText.cpp" line="+33"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/Format.cpp" line="+79"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::ActionLists</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ActionLists.cpp" line="+258"/>
        <source>No events in the next %n day(s).</source>
        <translation>
            <numerusform>No events in the next day.</numerusform>
            <numerusform>No events in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>No memberships renew in the next %n day(s).</source>
        <translation>
            <numerusform>No memberships renew in the next day.</numerusform>
            <numerusform>No memberships renew in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>…and %n more follow-up(s): show them all</source>
        <translation>
            <numerusform>…and %n more follow-up: show them all</numerusform>
            <numerusform>…and %n more follow-ups: show them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>…and %n more to get in touch with: show them all</source>
        <translation>
            <numerusform>…and %n more to get in touch with: show them all</numerusform>
            <numerusform>…and %n more to get in touch with: show them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nobody to follow up with or get in touch with in the next %n day(s).</source>
        <translation>
            <numerusform>Nobody to follow up with or get in touch with in the next day.</numerusform>
            <numerusform>Nobody to follow up with or get in touch with in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::DashboardCards</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/DashboardCards.cpp" line="+107"/>
        <location line="+6"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n more due soon</source>
        <translation>
            <numerusform>%n more due soon</numerusform>
            <numerusform>%n more due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in the next %n day(s)</source>
        <translation>
            <numerusform>in the next %n day</numerusform>
            <numerusform>in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/interchange/DuplicatesDialog.cpp" line="+63"/>
        <source>%n groups of people who share an e-mail, a profile address or a name. Select the person to keep, then Merge: the others&apos; details, history and links move to them.</source>
        <translation>
            <numerusform>%n group of people who share an e-mail, a profile address or a name. Select the person to keep, then Merge: the others&apos; details, history and links move to them.</numerusform>
            <numerusform>%n groups of people who share an e-mail, a profile address or a name. Select the person to keep, then Merge: the others&apos; details, history and links move to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Merge %n other people into %1? Their e-mails, phones, jobs, interactions and links move to %1, and they are deleted. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Merge %n other person into %1? Their e-mails, phones, jobs, interactions and links move to %1, and they are deleted. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Merge %n other people into %1? Their e-mails, phones, jobs, interactions and links move to %1, and they are deleted. Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::DuplicatesModel</name>
    <message numerus="yes">
        <location filename="../../ui/interchange/DuplicatesModel.cpp" line="+119"/>
        <source>%n people · %1</source>
        <translation>
            <numerusform>%n person · %1</numerusform>
            <numerusform>%n people · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::EventsSection</name>
    <message numerus="yes">
        <location filename="../../ui/events/EventsSection.cpp" line="+168"/>
        <source>Delete %n events?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform>
            <numerusform>Delete %n events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n events “%1”</source>
        <translation>
            <numerusform>Tag %n event “%1”</numerusform>
            <numerusform>Tag %n events “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Untag %n events “%1”</source>
        <translation>
            <numerusform>Untag %n event “%1”</numerusform>
            <numerusform>Untag %n events “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::Exports</name>
    <message numerus="yes">
        <location filename="../../ui/interchange/Exports.cpp" line="+96"/>
        <source>Exported %n people to %1</source>
        <translation>
            <numerusform>Exported %n person to %1</numerusform>
            <numerusform>Exported %n people to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupMembersEdit</name>
    <message numerus="yes">
        <location filename="../../ui/groups/GroupMembersEdit.cpp" line="+121"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupsSection</name>
    <message numerus="yes">
        <location filename="../../ui/groups/GroupsSection.cpp" line="+121"/>
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>Delete %n group?</numerusform>
            <numerusform>Delete %n groups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n groups</source>
        <translation>
            <numerusform>Delete %n group</numerusform>
            <numerusform>Delete %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n groups “%1”</source>
        <translation>
            <numerusform>Tag %n group “%1”</numerusform>
            <numerusform>Tag %n groups “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Untag %n groups “%1”</source>
        <translation>
            <numerusform>Untag %n group “%1”</numerusform>
            <numerusform>Untag %n groups “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/interchange/ImportPreviewPage.cpp" line="+38"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::InteractionsSection</name>
    <message numerus="yes">
        <location filename="../../ui/interactions/InteractionsSection.cpp" line="+145"/>
        <source>Delete %n interaction(s)?</source>
        <translation>
            <numerusform>Delete %n interaction?</numerusform>
            <numerusform>Delete %n interactions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>Delete %n interaction</numerusform>
            <numerusform>Delete %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Tag %n interaction(s) “%1”</source>
        <translation>
            <numerusform>Tag %n interaction “%1”</numerusform>
            <numerusform>Tag %n interactions “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Untag %n interaction(s) “%1”</source>
        <translation>
            <numerusform>Untag %n interaction “%1”</numerusform>
            <numerusform>Untag %n interactions “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::ListSection</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/ListSection.cpp" line="+303"/>
        <source>Showing %n record(s): %1 — &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>
            <numerusform>Showing %n record: %1 — &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</numerusform>
            <numerusform>Showing %n records: %1 — &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n selected. Delete, Add Tag and Remove Tag act on all of them.</source>
        <translation>
            <numerusform>%n selected. Delete, Add Tag and Remove Tag act on all of them.</numerusform>
            <numerusform>%n selected. Delete, Add Tag and Remove Tag act on all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Tag to add to %n record(s):</source>
        <translation>
            <numerusform>Tag to add to %n record:</numerusform>
            <numerusform>Tag to add to %n records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag to remove from %n record(s):</source>
        <translation>
            <numerusform>Tag to remove from %n record:</numerusform>
            <numerusform>Tag to remove from %n records:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/MainWindow.cpp" line="+382"/>
        <source>%1: %Ln shown</source>
        <translation>
            <numerusform>%1: %Ln shown</numerusform>
            <numerusform>%1: %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::MembershipsSection</name>
    <message numerus="yes">
        <location filename="../../ui/organizations/MembershipsSection.cpp" line="+157"/>
        <source>Delete %n membership(s)?</source>
        <translation>
            <numerusform>Delete %n membership?</numerusform>
            <numerusform>Delete %n memberships?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n membership(s)</source>
        <translation>
            <numerusform>Delete %n membership</numerusform>
            <numerusform>Delete %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n membership(s) “%1”</source>
        <translation>
            <numerusform>Tag %n membership “%1”</numerusform>
            <numerusform>Tag %n memberships “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Untag %n membership(s) “%1”</source>
        <translation>
            <numerusform>Untag %n membership “%1”</numerusform>
            <numerusform>Untag %n memberships “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::OrganizationsSection</name>
    <message numerus="yes">
        <location filename="../../ui/organizations/OrganizationsSection.cpp" line="+124"/>
        <source>Delete %n organizations?</source>
        <translation>
            <numerusform>Delete %n organization?</numerusform>
            <numerusform>Delete %n organizations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n organizations</source>
        <translation>
            <numerusform>Delete %n organization</numerusform>
            <numerusform>Delete %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n organizations “%1”</source>
        <translation>
            <numerusform>Tag %n organization “%1”</numerusform>
            <numerusform>Tag %n organizations “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Untag %n organizations “%1”</source>
        <translation>
            <numerusform>Untag %n organization “%1”</numerusform>
            <numerusform>Untag %n organizations “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::PeopleSection</name>
    <message numerus="yes">
        <location filename="../../ui/people/PeopleSection.cpp" line="+126"/>
        <source>Delete %n people?</source>
        <translation>
            <numerusform>Delete %n person?</numerusform>
            <numerusform>Delete %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n people “%1”</source>
        <translation>
            <numerusform>Tag %n person “%1”</numerusform>
            <numerusform>Tag %n people “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Untag %n people “%1”</source>
        <translation>
            <numerusform>Untag %n person “%1”</numerusform>
            <numerusform>Untag %n people “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::RecommendationsSection</name>
    <message numerus="yes">
        <location filename="../../ui/recommendations/RecommendationsSection.cpp" line="+158"/>
        <source>Delete %n recommendations?</source>
        <translation>
            <numerusform>Delete %n recommendation?</numerusform>
            <numerusform>Delete %n recommendations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n recommendations</source>
        <translation>
            <numerusform>Delete %n recommendation</numerusform>
            <numerusform>Delete %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n recommendations “%1”</source>
        <translation>
            <numerusform>Tag %n recommendation “%1”</numerusform>
            <numerusform>Tag %n recommendations “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Untag %n recommendations “%1”</source>
        <translation>
            <numerusform>Untag %n recommendation “%1”</numerusform>
            <numerusform>Untag %n recommendations “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::Reminders</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/Reminders.cpp" line="+84"/>
        <source>Kith: %n thing(s) due today</source>
        <translation>
            <numerusform>Kith: %n thing due today</numerusform>
            <numerusform>Kith: %n things due today</numerusform>
        </translation>
    </message>
</context>
</TS>
