<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>interchange</name>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+53"/>
        <source>Importing… %1%</source>
        <translation>Import läuft … %1 %</translation>
    </message>
</context>
<context>
    <name>kith</name>
    <message>
        <location filename="../../core/storage/BulkWriter.cpp" line="+46"/>
        <source>Record %1 of %2: </source>
        <translation>Datensatz %1 von %2: </translation>
    </message>
    <message>
        <location filename="../../core/storage/ChangeRecorder.cpp" line="+159"/>
        <source>Undoing</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redoing</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: the recorded change is unreadable.</source>
        <translation>: Die aufgezeichnete Änderung ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>: the records have changed since, so this step cannot be repeated safely. Nothing was changed.</source>
        <translation>: Die Daten wurden inzwischen geändert, daher kann dieser Schritt nicht sicher wiederholt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+82"/>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by a newer version of Kith (schema %2; this version reads up to %3). It has not been changed; please update Kith.</source>
        <translation>%1 wurde von einer neueren Version von Kith geschrieben (Schema %2; diese Version liest bis Schema %3). Die Datei wurde nicht verändert; bitte aktualisieren Sie Kith.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an SQLite database of another program, not a Kith database. It has not been changed.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine Kith-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 is read-only. Kith keeps two working files beside the database while it is open (%2-wal and %2-shm) and cannot create them there; make the folder writable, or move the database to a folder that is. The file has not been changed.</source>
        <translation>Der Ordner %1 ist schreibgeschützt. Kith legt neben der geöffneten Datenbank zwei Arbeitsdateien an (%2-wal und %2-shm) und kann sie dort nicht erstellen; machen Sie den Ordner beschreibbar oder verschieben Sie die Datenbank in einen beschreibbaren Ordner. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../core/storage/EventStore.cpp" line="+154"/>
        <source>This refers to an organization that does not exist.</source>
        <translation>Dies verweist auf eine Organisation, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/storage/GroupStore.cpp" line="+155"/>
        <location filename="../../core/storage/InteractionStore.cpp" line="+133"/>
        <location filename="../../core/storage/RecommendationStore.cpp" line="+149"/>
        <source>This refers to a person who does not exist.</source>
        <translation>Dies verweist auf eine Person, die es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/GroupStore.cpp" line="-133"/>
        <source>There is no group with id %1.</source>
        <translation>Es gibt keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <location line="+153"/>
        <location filename="../../core/storage/MembershipStore.cpp" line="+169"/>
        <source>This refers to a record that does not exist.</source>
        <translation>Dies verweist auf einen Datensatz, den es nicht gibt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That group was itself discovered through this one.</source>
        <translation>Jene Gruppe wurde ihrerseits über diese gefunden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adding group members</source>
        <translation>Hinzufügen von Gruppenmitgliedern</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../core/storage/OrganizationStore.cpp" line="+105"/>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/InteractionStore.cpp" line="+4"/>
        <source>This refers to an event that does not exist.</source>
        <translation>Dies verweist auf eine Veranstaltung, die es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/MembershipStore.cpp" line="-148"/>
        <source>There is no membership with id %1.</source>
        <translation>Es gibt keine Mitgliedschaft mit der ID %1.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Saving membership</source>
        <translation>Speichern der Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../core/storage/OrganizationStore.cpp" line="-84"/>
        <source>There is no organization with id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Organization %1 no longer exists.</source>
        <translation>Die Organisation %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Search.cpp" line="+69"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../core/storage/SettingsStore.cpp" line="+28"/>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation>Das Geschäftsjahr beginnt in einem Monat von 1 bis 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget must be in the budget currency, %1.</source>
        <translation>Das Budget muss in der Budgetwährung %1 angegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a currency code such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode wie USD oder EUR.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving setting %1</source>
        <translation>Speichern der Einstellung %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Statistics.cpp" line="+41"/>
        <source>Counting records</source>
        <translation>Zählen der Datensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting records returned nothing.</source>
        <translation>Das Zählen der Datensätze lieferte kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking integrity</source>
        <translation>Prüfen der Integrität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking references</source>
        <translation>Prüfen der Verweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 row %2 refers to a missing %3 record.</source>
        <translation>Zeile %2 in %1 verweist auf einen fehlenden Datensatz in %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search index is damaged: %1</source>
        <translation>Der Suchindex ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Checking the search index</source>
        <translation>Prüfen des Suchindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search index holds %1 entries for %2 %3 rows.</source>
        <translation>Der Suchindex enthält %1 Einträge für %2 Zeilen in %3.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TagStore.cpp" line="+65"/>
        <source>There is already a tag “%1”.</source>
        <translation>Es gibt bereits ein Schlagwort „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Restore.cpp" line="+34"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot keep a copy of %1.</source>
        <translation>Von %1 kann keine Kopie aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring into %1</source>
        <translation>Wiederherstellen in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not restoring: </source>
        <translation>Keine Wiederherstellung: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the database itself.</source>
        <translation>%1 ist die Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no room for a temporary copy.</source>
        <translation>kein Platz für eine temporäre Kopie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> Forcing the restore replaces it and keeps a copy of its bytes.</source>
        <translation> Eine erzwungene Wiederherstellung ersetzt die Datei und bewahrt eine Kopie ihres Inhalts auf.</translation>
    </message>
</context>
<context>
    <name>kith::Backups</name>
    <message>
        <location filename="../../core/storage/Backups.cpp" line="+50"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>kith::BulkWriter</name>
    <message>
        <location filename="../../core/storage/BulkWriter.cpp" line="+125"/>
        <source>Writing the staged records</source>
        <translation>Schreiben der vorbereiteten Datensätze</translation>
    </message>
</context>
<context>
    <name>kith::ChangeRecorder</name>
    <message>
        <location filename="../../core/storage/ChangeRecorder.cpp" line="-54"/>
        <location line="+5"/>
        <source>Recording a change for undo</source>
        <translation>Aufzeichnen einer Änderung zum Rückgängigmachen</translation>
    </message>
</context>
<context>
    <name>kith::Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+35"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 needs an upgrade to this version of Kith, which cannot happen while it is opened read-only.</source>
        <translation>%1 muss auf diese Version von Kith aktualisiert werden; das ist nicht möglich, solange die Datei schreibgeschützt geöffnet ist.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is read-only; Kith cannot save changes to it.</source>
        <translation>%1 ist schreibgeschützt; Kith kann darin keine Änderungen speichern.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was deleted or moved away while Kith had it open. Nothing was saved; open the file again, or restore a backup.</source>
        <translation>%1 wurde gelöscht oder verschoben, während Kith die Datei geöffnet hatte. Es wurde nichts gespeichert; öffnen Sie die Datei erneut oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was replaced by another file while Kith had it open. Nothing was saved, so the new file was not overwritten; open it again to work with what it holds now.</source>
        <translation>%1 wurde durch eine andere Datei ersetzt, während Kith sie geöffnet hatte. Es wurde nichts gespeichert, die neue Datei wurde also nicht überschrieben; öffnen Sie sie erneut, um mit ihrem jetzigen Inhalt zu arbeiten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing a backup to %1</source>
        <translation>Schreiben einer Sicherung nach %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>: cannot rename the finished copy.</source>
        <translation>: Die fertige Kopie kann nicht umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>kith::DatabaseFile</name>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="+35"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Kith database (it is not an SQLite file).</source>
        <translation>%1 ist keine Kith-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>kith::Enum</name>
    <message>
        <location filename="../../core/model/EntityKind.h" line="+25"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/interchange/csv/ContactMapping.h" line="+107"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../core/model/Enums.h" line="+173"/>
        <source>Colleague</source>
        <translation>Kollege/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmate</source>
        <translation>Kommilitone/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professor</source>
        <translation>Professor/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role model</source>
        <translation>Vorbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiter</source>
        <translation>Recruiter/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+31"/>
        <location line="+18"/>
        <location line="+21"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+49"/>
        <location line="+137"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional association</source>
        <translation>Berufsverband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Bildungseinrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+47"/>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../../core/interchange/csv/ContactMapping.h" line="+6"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+106"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+137"/>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Google Groups</source>
        <translation>Google Groups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing list</source>
        <translation>Mailingliste</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+22"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>To ask</source>
        <translation>Anzufragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Considering</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Early-bird registration</source>
        <translation>Frühbucher-Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Funding request</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal submission</source>
        <translation>Einreichung eines Beitrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel booking</source>
        <translation>Hotelbuchung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meals</source>
        <translation>Verpflegung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scholarship</source>
        <translation>Stipendium</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Going together</source>
        <translation>Gemeinsame Teilnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To meet there</source>
        <translation>Dort treffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At an event</source>
        <translation>Auf einer Veranstaltung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn import</source>
        <translation>LinkedIn-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard import</source>
        <translation>vCard-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../core/interchange/csv/ContactMapping.h" line="-14"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known since</source>
        <translation>Bekannt seit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen columns</source>
        <translation>Selbst gewählte Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns chosen last time</source>
        <translation>Beim letzten Mal gewählte Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith people list</source>
        <translation>Kith-Personenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Contacts (before 2023)</source>
        <translation>Google Kontakte (vor 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns guessed by name</source>
        <translation>Spalten nach ihren Namen zugeordnet</translation>
    </message>
</context>
<context>
    <name>kith::EventStore</name>
    <message>
        <location filename="../../core/storage/EventStore.cpp" line="+135"/>
        <location line="+44"/>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+51"/>
        <source>There is no event with id %1.</source>
        <translation>Es gibt keine Veranstaltung mit der ID %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Event %1 no longer exists.</source>
        <translation>Die Veranstaltung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleting event %1</source>
        <translation>Löschen der Veranstaltung %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listing events</source>
        <translation>Auflisten der Veranstaltungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finding an event in the list</source>
        <translation>Suchen einer Veranstaltung in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting events</source>
        <translation>Zählen der Veranstaltungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updating a deadline of event %1</source>
        <translation>Aktualisieren einer Frist der Veranstaltung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event %1 has no deadline number %2.</source>
        <translation>Die Veranstaltung %1 hat keine Frist mit der Nummer %2.</translation>
    </message>
</context>
<context>
    <name>kith::GroupStore</name>
    <message>
        <location filename="../../core/storage/GroupStore.cpp" line="+119"/>
        <source>Deleting group %1</source>
        <translation>Löschen der Gruppe %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing groups</source>
        <translation>Auflisten der Gruppen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finding a group in the list</source>
        <translation>Suchen einer Gruppe in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting groups</source>
        <translation>Zählen der Gruppen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Removing group members</source>
        <translation>Entfernen von Gruppenmitgliedern</translation>
    </message>
</context>
<context>
    <name>kith::ImportBatch</name>
    <message>
        <location filename="../../core/interchange/ImportBatch.cpp" line="+30"/>
        <source>%1: the file goes on past the %2 records Kith takes from one import. Nothing was imported; split the file and import the parts one by one.</source>
        <translation>%1: Die Datei geht über die %2 Einträge hinaus, die Kith aus einem Import übernimmt. Es wurde nichts importiert; teilen Sie die Datei und importieren Sie die Teile nacheinander.</translation>
    </message>
</context>
<context>
    <name>kith::InteractionStore</name>
    <message>
        <location filename="../../core/storage/InteractionStore.cpp" line="+54"/>
        <location line="+58"/>
        <source>Saving an interaction</source>
        <translation>Speichern einer Interaktion</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+69"/>
        <location line="+59"/>
        <location line="+29"/>
        <source>There is no interaction with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Interaction %1 no longer exists.</source>
        <translation>Die Interaktion %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleting interaction %1</source>
        <translation>Löschen der Interaktion %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing interactions</source>
        <translation>Auflisten der Interaktionen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finding an interaction in the list</source>
        <translation>Suchen einer Interaktion in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting interactions</source>
        <translation>Zählen der Interaktionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say on which day the follow-up was done.</source>
        <translation>Geben Sie an, an welchem Tag die Wiedervorlage erledigt wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A follow-up can only be done when one was planned.</source>
        <translation>Eine Wiedervorlage kann nur erledigt werden, wenn eine geplant war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking a follow-up done</source>
        <translation>Markieren einer Wiedervorlage als erledigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say until which day the follow-up waits.</source>
        <translation>Geben Sie an, bis zu welchem Tag die Wiedervorlage warten soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postponing a follow-up</source>
        <translation>Verschieben einer Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>kith::MembershipStore</name>
    <message>
        <location filename="../../core/storage/MembershipStore.cpp" line="+107"/>
        <source>Deleting membership %1</source>
        <translation>Löschen der Mitgliedschaft %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing memberships</source>
        <translation>Auflisten der Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finding a membership in the list</source>
        <translation>Suchen einer Mitgliedschaft in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting memberships</source>
        <translation>Zählen der Mitgliedschaften</translation>
    </message>
</context>
<context>
    <name>kith::Migrator</name>
    <message>
        <location filename="../../core/storage/Migrator.cpp" line="+51"/>
        <source>Reading the schema version of %1</source>
        <translation>Lesen der Schemaversion von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not upgrading the database: </source>
        <translation>Die Datenbank wird nicht aktualisiert: </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Schema step %1 is missing from this build.</source>
        <translation>Der Schemaschritt %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>Upgrading the database to schema version %1</source>
        <translation>Aktualisieren der Datenbank auf Schemaversion %1</translation>
    </message>
</context>
<context>
    <name>kith::OrganizationStore</name>
    <message>
        <location filename="../../core/storage/OrganizationStore.cpp" line="+95"/>
        <source>Deleting organization %1</source>
        <translation>Löschen der Organisation %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing organizations</source>
        <translation>Auflisten der Organisationen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding an organization in the list</source>
        <translation>Suchen einer Organisation in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting organizations</source>
        <translation>Zählen der Organisationen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking up organization %1</source>
        <translation>Nachschlagen der Organisation %1</translation>
    </message>
</context>
<context>
    <name>kith::PersonStore</name>
    <message>
        <location filename="../../core/storage/PersonStore.cpp" line="+198"/>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Person %1 no longer exists.</source>
        <translation>Die Person %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+95"/>
        <location line="+50"/>
        <location line="+18"/>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Deleting person %1</source>
        <translation>Löschen der Person %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listing people</source>
        <translation>Auflisten der Personen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding a person in the list</source>
        <translation>Suchen einer Person in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting people</source>
        <translation>Zählen der Personen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the day to be reminded again.</source>
        <translation>Wählen Sie den Tag, an dem Sie wieder erinnert werden möchten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snoozing a reminder</source>
        <translation>Zurückstellen einer Erinnerung</translation>
    </message>
</context>
<context>
    <name>kith::RecommendationStore</name>
    <message>
        <location filename="../../core/storage/RecommendationStore.cpp" line="+26"/>
        <location line="+45"/>
        <source>Saving a recommendation</source>
        <translation>Speichern einer Empfehlung</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <source>There is no recommendation with id %1.</source>
        <translation>Es gibt keine Empfehlung mit der ID %1.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Recommendation %1 no longer exists.</source>
        <translation>Die Empfehlung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleting recommendation %1</source>
        <translation>Löschen der Empfehlung %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing recommendations</source>
        <translation>Auflisten der Empfehlungen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finding a recommendation in the list</source>
        <translation>Suchen einer Empfehlung in der Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting recommendations</source>
        <translation>Zählen der Empfehlungen</translation>
    </message>
</context>
<context>
    <name>kith::SettingsStore</name>
    <message>
        <location filename="../../core/storage/SettingsStore.cpp" line="+10"/>
        <source>Reading the budget settings</source>
        <translation>Lesen der Budgeteinstellungen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading setting %1</source>
        <translation>Lesen der Einstellung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>kith::SourceLocation</name>
    <message>
        <location filename="../../core/interchange/ImportBatch.cpp" line="+11"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>kith::TagStore</name>
    <message>
        <location filename="../../core/storage/TagStore.cpp" line="+43"/>
        <location line="+30"/>
        <source>Saving tag %1</source>
        <translation>Speichern des Schlagworts %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+61"/>
        <source>There is no tag with id %1.</source>
        <translation>Es gibt kein Schlagwort mit der ID %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting tag %1</source>
        <translation>Löschen des Schlagworts %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing tags</source>
        <translation>Auflisten der Schlagwörter</translation>
    </message>
</context>
<context>
    <name>kith::Transaction</name>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="+70"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>kith::backup</name>
    <message>
        <location filename="../../core/interchange/backup/Backup.cpp" line="+121"/>
        <source>Reading table %1</source>
        <translation>Lesen der Tabelle %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the backup</source>
        <translation>Beginnen der Sicherung</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/interchange/backup/BackupPlan.cpp" line="+25"/>
        <source>Not a usable Kith backup: %1</source>
        <translation>Keine verwendbare Kith-Sicherung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table “%1”, row %2: %3</source>
        <translation>Tabelle „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+37"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base64 data</source>
        <translation>Base64-Daten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a number or text</source>
        <translation>eine Zahl oder Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 or null, found %2</source>
        <translation>erwartet: %1 oder null, gefunden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the document does not say &quot;format&quot;: &quot;kith-backup&quot;.</source>
        <translation>das Dokument enthält nicht &quot;format&quot;: &quot;kith-backup&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be a positive integer.</source>
        <translation>&quot;version&quot; muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was written in format version %1 by a newer Kith; this Kith reads version %2.</source>
        <translation>Die Sicherung wurde von einer neueren Version von Kith im Format %1 geschrieben; diese Version liest Format %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;schema_version&quot; must be a positive integer.</source>
        <translation>&quot;schema_version&quot; muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup comes from a newer Kith (schema version %1; this database is at version %2). Update Kith to restore it.</source>
        <translation>Die Sicherung stammt von einer neueren Version von Kith (Schemaversion %1; diese Datenbank hat Version %2). Aktualisieren Sie Kith, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;tables&quot; must be an object of tables.</source>
        <translation>&quot;tables&quot; muss ein Objekt aus Tabellen sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table “%1” must be a list of rows.</source>
        <translation>Tabelle „%1“ muss eine Liste von Zeilen sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a row must be an object, found %1.</source>
        <translation>eine Zeile muss ein Objekt sein, gefunden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>unknown column “%1”.</source>
        <translation>unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>column “%1” is missing (the first row has it).</source>
        <translation>Spalte „%1“ fehlt (die erste Zeile hat sie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column “%1”: %2.</source>
        <translation>Spalte „%1“: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column “%1” is not in the first row.</source>
        <translation>Spalte „%1“ steht nicht in der ersten Zeile.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document must be a JSON object.</source>
        <translation>das Dokument muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown table “%1”.</source>
        <translation>unbekannte Tabelle „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/backup/BackupRestore.cpp" line="+39"/>
        <source>Checking that the database is empty</source>
        <translation>Prüfen, ob die Datenbank leer ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is only restored into an empty database; this one already holds data (table “%1”). Restore into a new database file.</source>
        <translation>Eine Sicherung wird nur in eine leere Datenbank wiederhergestellt; diese enthält bereits Daten (Tabelle „%1“). Stellen Sie sie in einer neuen Datenbankdatei wieder her.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restoring table “%1”</source>
        <translation>Wiederherstellen der Tabelle „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a usable Kith backup: table “%1”, row %2 breaks a rule of the database (%3).</source>
        <translation>Keine verwendbare Kith-Sicherung: Tabelle „%1“, Zeile %2 verletzt eine Regel der Datenbank (%3).</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+5"/>
        <source>Checking the restored references</source>
        <translation>Prüfen der wiederhergestellten Verweise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row with id %1</source>
        <translation>die Zeile mit der ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a usable Kith backup: in table “%1”, %2 refers to a record of “%3” that the backup does not hold.</source>
        <translation>Keine verwendbare Kith-Sicherung: In Tabelle „%1“ verweist %2 auf einen Datensatz in „%3“, den die Sicherung nicht enthält.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Restoring the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../core/interchange/backup/BackupSchema.cpp" line="+39"/>
        <source>Reading the database schema</source>
        <translation>Lesen des Datenbankschemas</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
</context>
<context>
    <name>kith::backup::SearchTriggers</name>
    <message>
        <location filename="../../core/interchange/backup/BackupRestore.cpp" line="-159"/>
        <source>Reading the search triggers</source>
        <translation>Lesen der Such-Trigger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rebuilding the search index</source>
        <translation>Neuaufbau des Suchindex</translation>
    </message>
</context>
<context>
    <name>kith::bulk::Row</name>
    <message>
        <location filename="../../core/storage/BulkStaging.cpp" line="+211"/>
        <source>Staging rows for %1</source>
        <translation>Vorbereiten der Zeilen für %1</translation>
    </message>
</context>
<context>
    <name>kith::bulk::Staging</name>
    <message>
        <location line="+10"/>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing a bulk write</source>
        <translation>Vorbereiten eines Massenschreibvorgangs</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reserving ids</source>
        <translation>Reservieren von IDs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Writing the staged records</source>
        <translation>Schreiben der vorbereiteten Datensätze</translation>
    </message>
</context>
<context>
    <name>kith::cli</name>
    <message>
        <location filename="../../app/cli/AgendaCommand.cpp" line="+15"/>
        <source>follow-ups, renewals, deadlines and budget coming up</source>
        <translation>anstehende Wiedervorlagen, Verlängerungen, Fristen und Budget</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/cli/BackupsCommand.cpp" line="+23"/>
        <location filename="../../app/cli/SearchCommand.cpp" line="+22"/>
        <location filename="../../app/cli/StatsCommand.cpp" line="+22"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look N days ahead</source>
        <translation>N Tage vorausschauen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--days expects a number from 0 to 3650.</source>
        <translation>--days erwartet eine Zahl von 0 bis 3650.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="+13"/>
        <source>check the database for damage; exit 1 on problems</source>
        <translation>die Datenbank auf Schäden prüfen; bei Problemen Exit-Status 1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+32"/>
        <source>Usage: kith [--db FILE] [COMMAND [ARGUMENTS]]</source>
        <translation>Aufruf: kith [--db FILE] [BEFEHL [ARGUMENTE]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, Kith opens its window.</source>
        <translation>Ohne Befehl öffnet Kith sein Fenster.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Arguments.cpp" line="+61"/>
        <source>Usage: kith [--db FILE] %1 %2</source>
        <translation>Aufruf: kith [--db FILE] %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/cli/CommandLine.cpp" line="+1"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+1"/>
        <source>the database to use (default: %1)</source>
        <translation>die zu verwendende Datenbank (Standard: %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/Arguments.cpp" line="-54"/>
        <location filename="../../app/cli/CommandLine.cpp" line="+2"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+1"/>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“kith COMMAND --help” explains a command.</source>
        <translation>„kith BEFEHL --help“ erklärt einen Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 1 failure or bad input, 2 wrong usage.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler oder ungültige Eingabe, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+20"/>
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="+21"/>
        <source>no daily backup: %1</source>
        <translation>keine tägliche Sicherung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Try “kith --help”.</source>
        <translation>Siehe „kith --help“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/DemoCommand.cpp" line="+16"/>
        <source>fill an empty database with a demo network</source>
        <translation>eine leere Datenbank mit einem Demo-Netzwerk füllen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do nothing when the database file exists</source>
        <translation>nichts tun, wenn die Datenbankdatei existiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo network written to %1: %2 people, %3 organizations, %4 groups, %5 events, %6 interactions.</source>
        <translation>Demo-Netzwerk in %1 geschrieben: %2 Personen, %3 Organisationen, %4 Gruppen, %5 Veranstaltungen, %6 Interaktionen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/SearchCommand.cpp" line="-6"/>
        <source>find people, groups, events… by any words</source>
        <translation>Personen, Gruppen, Veranstaltungen … nach beliebigen Wörtern finden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at most N results</source>
        <translation>höchstens N Ergebnisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit expects a number from 1 to 10000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/StatsCommand.cpp" line="-6"/>
        <source>count the records of each kind</source>
        <translation>die Datensätze jeder Art zählen</translation>
    </message>
    <message>
        <location filename="../../app/cli/TodayOption.cpp" line="+10"/>
        <source>act as if today were DATE</source>
        <translation>so tun, als wäre heute das angegebene Datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--today expects a date like 2026-03-15, not “%1”.</source>
        <translation>--today erwartet ein Datum wie 2026-03-15, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupsCommand.cpp" line="-6"/>
        <source>list the backups of the database</source>
        <translation>die Sicherungen der Datenbank auflisten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No backups in %1.</source>
        <translation>Keine Sicherungen in %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/DuplicatesCommand.cpp" line="+45"/>
        <source>same vCard UID</source>
        <translation>gleiche vCard-UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same profile address</source>
        <translation>gleiche Profiladresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/ExportCommand.cpp" line="+45"/>
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert.</numerusform>
            <numerusform>%n Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 events and %2 to-dos to %3.</source>
        <translation>%1 Veranstaltungen und %2 Aufgaben nach %3 exportiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported the %1 list to %2.</source>
        <translation>Die Liste %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a full backup to %1.</source>
        <translation>Vollständige Sicherung in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/FileOutput.cpp" line="+46"/>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; name a file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+26"/>
        <location filename="../../app/cli/ImportReading.cpp" line="+43"/>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportReading.cpp" line="-7"/>
        <source>%1 is %2 MB; a contacts file of more than %3 MB is not read.</source>
        <translation>%1 ist %2 MB groß; eine Kontaktdatei mit mehr als %3 MB wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: Kith does not recognise these columns; say which field each one feeds with --map &apos;Header=field,…&apos;.</source>
        <translation>%1: Kith erkennt diese Spalten nicht; geben Sie mit --map &apos;Header=field,…&apos; an, welches Feld jede Spalte füllt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Columns: %1</source>
        <translation>  Spalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Fields: %1</source>
        <translation>  Felder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Suggested: --map &apos;%1&apos;</source>
        <translation>  Vorschlag: --map &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/RestoreCommand.cpp" line="+13"/>
        <source>replace the database with a backup</source>
        <translation>die Datenbank durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BACKUP must be a Kith database that passes the integrity and foreign-key checks and was not written by a newer Kith; an older one is upgraded. Nothing is changed when it is refused.
The current database is first backed up into its backups folder (see “kith backups”), so a restore can itself be undone.
--force is only needed when the current file cannot be opened as a Kith database; a copy of its bytes is then kept in the backups folder.

Example: kith restore ~/.local/share/kith/kith-backups/kith-daily-2026-11-26.sqlite</source>
        <translation>BACKUP muss eine Kith-Datenbank sein, die die Integritäts- und Fremdschlüsselprüfungen besteht und nicht von einer neueren Version von Kith geschrieben wurde; eine ältere wird aktualisiert. Wird sie abgelehnt, ändert sich nichts.
Die aktuelle Datenbank wird zuerst in ihren Sicherungsordner gesichert (siehe „kith backups“), sodass sich auch eine Wiederherstellung rückgängig machen lässt.
--force ist nur nötig, wenn sich die aktuelle Datei nicht als Kith-Datenbank öffnen lässt; eine Kopie ihres Inhalts bleibt dann im Sicherungsordner erhalten.

Beispiel: kith restore ~/.local/share/kith/kith-backups/kith-daily-2026-11-26.sqlite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replace a current file that does not open as Kith</source>
        <translation>eine aktuelle Datei ersetzen, die sich nicht als Kith-Datenbank öffnen lässt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it replaced is kept in %1.</source>
        <translation>Der ersetzte Stand bleibt in %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>kith::cli::AgendaReport</name>
    <message>
        <location filename="../../app/cli/AgendaReport.cpp" line="+151"/>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Agenda for %1, looking %n day(s) ahead</source>
        <translation>
            <numerusform>Agenda für %1, %n Tag im Voraus</numerusform>
            <numerusform>Agenda für %1, %n Tage im Voraus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past their keep-in-touch cadence (%1)</source>
        <translation>Kontaktrhythmus überschritten (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 days, </source>
        <translation>alle %1 Tage, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals (%1)</source>
        <translation>Verlängerungen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event deadlines (%1)</source>
        <translation>Veranstaltungsfristen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming events (%1)</source>
        <translation>Anstehende Veranstaltungen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget FY%1 (%2 – %3): planned %4, spent %5</source>
        <translation>Budget GJ %1 (%2 – %3): geplant %4, ausgegeben %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, remaining %1 of %2</source>
        <translation>, verbleibend %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>also planned %1, spent %2 (not converted)</source>
        <translation>außerdem geplant %1, ausgegeben %2 (nicht umgerechnet)</translation>
    </message>
</context>
<context>
    <name>kith::cli::DuplicatesCommand</name>
    <message>
        <location filename="../../app/cli/DuplicatesCommand.cpp" line="+29"/>
        <source>list people who look like one person (same e-mail, profile or name)</source>
        <translation>Personen auflisten, die ein und dieselbe Person zu sein scheinen (gleiche E-Mail-Adresse, gleiches Profil oder gleicher Name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Group %1 (%2):</source>
        <translation>Gruppe %1 (%2):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>to merge: kith merge %1</source>
        <translation>zum Zusammenführen: kith merge %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No duplicates found.</source>
        <translation>Keine Duplikate gefunden.</translation>
    </message>
</context>
<context>
    <name>kith::cli::ExportCommand</name>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="+7"/>
        <source>export people (vCard), the calendar (iCalendar), a list (CSV) or a backup</source>
        <translation>Personen (vCard), den Kalender (iCalendar), eine Liste (CSV) oder eine Sicherung exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formats:
  vcard OUT       every person as vCard 4.0
  ical OUT        events, deadlines and open follow-ups as iCalendar
  csv LIST OUT    one list for spreadsheets; LIST is one of
                  %1
  backup OUT      the whole database as one JSON document (kith import backup)

OUT &quot;-&quot; writes to standard output. An existing file is replaced only with
--force, and only once the new one is complete.</source>
        <translation>Formate:
  vcard OUT       alle Personen als vCard 4.0
  ical OUT        Veranstaltungen, Fristen und offene Wiedervorlagen als iCalendar
  csv LIST OUT    eine Liste für Tabellenkalkulationen; LIST ist eine von
                  %1
  backup OUT      die ganze Datenbank als ein JSON-Dokument (kith import backup)

OUT &quot;-&quot; schreibt in die Standardausgabe. Eine vorhandene Datei wird nur mit
--force ersetzt, und erst, wenn die neue vollständig ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kith exports %1, not “%2”.</source>
        <translation>Kith exportiert %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a list Kith exports; choose one of %2.</source>
        <translation>„%1“ ist keine Liste, die Kith exportiert; wählen Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>kith::cli::ImportCommand</name>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+20"/>
        <source>import a LinkedIn archive, vCard, iCalendar, CSV or Kith backup</source>
        <translation>ein LinkedIn-Archiv, vCard, iCalendar, CSV oder eine Kith-Sicherung importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formats:
  linkedin PATH   LinkedIn&apos;s data export: the .zip, its folder, or one CSV of it
  vcard FILE      vCard 2.1, 3.0 or 4.0 contacts (.vcf)
  ical FILE       iCalendar events and to-dos (.ics)
  csv FILE        contacts; Google Contacts, Outlook and Kith&apos;s own columns are
                  recognised, other files need --map once (it is remembered)
  backup FILE     a Kith backup (.json), restored into an empty database

People matched by profile address are updated (a new job or title keeps the
old one as history); duplicates by e-mail are merged, by name skipped. The
import is one transaction: all of it is written, or nothing.

--map takes Header=field pairs separated by commas; quote a header that holds
a comma: --map &apos;&quot;Last, First&quot;=displayName,Mail=email&apos;.</source>
        <translation>Formate:
  linkedin PATH   LinkedIn-Datenexport: die .zip-Datei, ihr Ordner oder eine CSV-Datei daraus
  vcard FILE      Kontakte als vCard 2.1, 3.0 oder 4.0 (.vcf)
  ical FILE       iCalendar-Termine und -Aufgaben (.ics)
  csv FILE        Kontakte; Google Kontakte, Outlook und Kiths eigene Spalten werden
                  erkannt, andere Dateien brauchen einmal --map (es wird gespeichert)
  backup FILE     eine Kith-Sicherung (.json), in eine leere Datenbank wiederhergestellt

Über die Profiladresse erkannte Personen werden aktualisiert (eine neue Stelle oder
Position bewahrt die alte als Verlauf); Duplikate nach E-Mail werden zusammengeführt,
nach Namen übersprungen. Der Import ist eine Transaktion: alles oder nichts.

--map nimmt durch Kommas getrennte Paare Header=field; setzen Sie einen Header mit
Komma in Anführungszeichen: --map &apos;&quot;Last, First&quot;=displayName,Mail=email&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>show what the import would do; write nothing</source>
        <translation>zeigen, was der Import bewirken würde; nichts schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv: which field each column feeds</source>
        <translation>csv: welches Feld jede Spalte füllt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kith imports %1, not “%2”.</source>
        <translation>Kith importiert %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map is for csv imports only.</source>
        <translation>--map gilt nur für CSV-Importe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>kith::cli::ImportReport</name>
    <message>
        <location filename="../../app/cli/ImportReport.cpp" line="+32"/>
        <source>Dry run, nothing written: importing %1 into %2 would give:</source>
        <translation>Probelauf, nichts geschrieben: Der Import von %1 in %2 ergäbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 into %2:</source>
        <translation>%1 in %2 importiert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new people</source>
        <translation>neue Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated people</source>
        <translation>aktualisierte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged people</source>
        <translation>unveränderte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate people</source>
        <translation>doppelte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people named in records</source>
        <translation>in Einträgen genannte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job or title changes</source>
        <translation>Wechsel von Stelle oder Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new organizations</source>
        <translation>neue Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new recommendations</source>
        <translation>neue Empfehlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new events</source>
        <translation>neue Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated events</source>
        <translation>aktualisierte Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new interactions</source>
        <translation>neue Interaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected rows</source>
        <translation>abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped empty rows</source>
        <translation>übersprungene leere Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1 people created, %2 merged, %3 skipped; %4 earlier jobs kept as history.</source>
        <translation>Geschrieben: %1 Personen angelegt, %2 zusammengeführt, %3 übersprungen; %4 frühere Stellen als Verlauf bewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::MergeCommand</name>
    <message>
        <location filename="../../app/cli/DuplicatesCommand.cpp" line="+6"/>
        <source>merge people into the first one and delete the others</source>
        <translation>Personen in die erste zusammenführen und die anderen löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their e-mails, phones, profiles, jobs, tags, interactions, recommendations,
memberships and groups move to KEEP_ID; fields KEEP_ID leaves empty are
filled from them. `kith duplicates` lists candidates.</source>
        <translation>Ihre E-Mail-Adressen, Telefonnummern, Profile, Stellen, Schlagwörter, Interaktionen,
Empfehlungen, Mitgliedschaften und Gruppen gehen auf KEEP_ID über; Felder, die bei KEEP_ID
leer sind, werden aus ihnen gefüllt. `kith duplicates` listet Kandidaten auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a person id; `kith duplicates` shows them.</source>
        <translation>„%1“ ist keine Personen-ID; `kith duplicates` zeigt sie an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person %1 is named twice.</source>
        <translation>Person %1 ist doppelt angegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Merged %n person(s) into %1 (%2).</source>
        <translation>
            <numerusform>%n Person in %1 (%2) zusammengeführt.</numerusform>
            <numerusform>%n Personen in %1 (%2) zusammengeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::cli::RestoreReport</name>
    <message numerus="yes">
        <location filename="../../app/cli/ImportReport.cpp" line="+58"/>
        <source>Dry run, nothing written: %1 holds %n row(s) and can be restored into %2:</source>
        <translation>
            <numerusform>Probelauf, nichts geschrieben: %1 enthält %n Zeile und kann in %2 wiederhergestellt werden:</numerusform>
            <numerusform>Probelauf, nichts geschrieben: %1 enthält %n Zeilen und kann in %2 wiederhergestellt werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Restored %n row(s) from %1 into %2:</source>
        <translation>
            <numerusform>%n Zeile aus %1 in %2 wiederhergestellt:</numerusform>
            <numerusform>%n Zeilen aus %1 in %2 wiederhergestellt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::csv</name>
    <message>
        <location filename="../../core/interchange/csv/ContactMapping.cpp" line="+162"/>
        <source>“%1” is not Header=field (for example Email=email).</source>
        <translation>„%1“ hat nicht die Form Spalte=Feld (zum Beispiel Email=email).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a field Kith knows; use one of: %2.</source>
        <translation>„%1“ ist kein Feld, das Kith kennt; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” names no column before the equals sign.</source>
        <translation>„%1“ nennt vor dem Gleichheitszeichen keine Spalte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column mapping is empty; write it as Header=field,Header 2=field.</source>
        <translation>Die Spaltenzuordnung ist leer; schreiben Sie sie als Spalte=Feld,Spalte 2=Feld.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/csv/CsvContacts.cpp" line="+28"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a CSV text file (it holds binary data). Save the spreadsheet as CSV and import that.</source>
        <translation>%1 ist keine CSV-Textdatei (sie enthält Binärdaten). Speichern Sie die Tabelle als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The column mapping names “%1”, which %2 does not have. Its columns: %3.</source>
        <translation>Die Spaltenzuordnung nennt „%1“, aber %2 hat keine solche Spalte. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column of %1 is mapped to a name or an e-mail address, so no person could be named. Its columns: %2.</source>
        <translation>Keine Spalte von %1 ist einem Namen oder einer E-Mail-Adresse zugeordnet, daher ließe sich keine Person benennen. Ihre Spalten: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+26"/>
        <source>%1 has no header row.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>… and %n more left out.</source>
        <translation>
            <numerusform>… und %n weiterer Hinweis ausgelassen.</numerusform>
            <numerusform>… und %n weitere Hinweise ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a header but no contacts.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Kontakte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is %2 MB; a contacts file of more than %3 MB is not read.</source>
        <translation>%1 ist %2 MB groß; eine Kontaktdatei mit mehr als %3 MB wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/csv/CsvExport.cpp" line="+50"/>
        <source>“%1” is not a list Kith exports; choose one of: %2.</source>
        <translation>„%1“ ist keine Liste, die Kith exportiert; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting %1</source>
        <translation>Exportieren von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/interchange/csv/CsvExportEvents.cpp" line="+39"/>
        <source> (done)</source>
        <translation> (erledigt)</translation>
    </message>
    <message>
        <location filename="../../core/interchange/csv/ExportTables.cpp" line="+35"/>
        <source>Reading the list to export</source>
        <translation>Lesen der zu exportierenden Liste</translation>
    </message>
</context>
<context>
    <name>kith::csv::ContactRowReader</name>
    <message>
        <location filename="../../core/interchange/csv/ContactRow.cpp" line="+177"/>
        <source>“%1” is not an e-mail address; left out.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; weggelassen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a web address; left out.</source>
        <translation>„%1“ ist keine Webadresse; weggelassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A quote opened in this row is never closed; the rest of the file would be one value.</source>
        <translation>Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; der Rest der Datei wäre ein einziger Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has %1 values where the header has %2 columns (a comma outside quotes?).</source>
        <translation>Die Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten (ein Komma außerhalb von Anführungszeichen?).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing names this person: no name and no e-mail address.</source>
        <translation>Nichts benennt diese Person: kein Name und keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date; “known since” left empty.</source>
        <translation>„%1“ ist kein Datum; „Bekannt seit“ bleibt leer.</translation>
    </message>
</context>
<context>
    <name>kith::csv::lists</name>
    <message>
        <location filename="../../core/interchange/csv/CsvExportLists.cpp" line="+102"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>kith::demo</name>
    <message>
        <location filename="../../core/demo/DemoNetwork.cpp" line="+327"/>
        <source>Checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already holds a network; the demo only fills an empty database.</source>
        <translation>%1 enthält bereits ein Netzwerk; die Demo füllt nur eine leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>kith::demo::Builder</name>
    <message>
        <location line="-283"/>
        <source>Demo record “%1”: </source>
        <translation>Demo-Datensatz „%1“: </translation>
    </message>
</context>
<context>
    <name>kith::ical</name>
    <message>
        <location filename="../../core/interchange/ical/CalendarReader.cpp" line="+31"/>
        <source>%1 is larger than %2 MiB, more than a calendar can hold</source>
        <translation>%1 ist größer als %2 MiB, mehr als ein Kalender enthalten kann</translation>
    </message>
    <message>
        <location line="+273"/>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/interchange/ical/EventReader.cpp" line="+177"/>
        <source>The calendar has it end before it starts; the end was left out.</source>
        <translation>Laut Kalender endet sie, bevor sie beginnt; das Ende wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+24"/>
        <source>the event has no valid start (DTSTART)</source>
        <translation>der Termin hat keinen gültigen Beginn (DTSTART)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Repeats %1 (RRULE:%2); Kith imported the first occurrence.</source>
        <translation>Wiederholt sich %1 (RRULE:%2); Kith hat das erste Vorkommen importiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../core/interchange/ical/EventText.cpp" line="+17"/>
        <source>Costs (%1): planned %2</source>
        <translation>Kosten (%1): geplant %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>, paid %1</source>
        <translation>, bezahlt %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Follow up with %1</source>
        <translation>Wiedervorlage mit %1</translation>
    </message>
    <message>
        <location filename="../../core/interchange/ical/ExportRows.cpp" line="+31"/>
        <source>Reading events for the calendar</source>
        <translation>Lesen der Veranstaltungen für den Kalender</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading event costs for the calendar</source>
        <translation>Lesen der Veranstaltungskosten für den Kalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading deadlines for the calendar</source>
        <translation>Lesen der Fristen für den Kalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading event tags for the calendar</source>
        <translation>Lesen der Schlagwörter von Veranstaltungen für den Kalender</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading follow-ups for the calendar</source>
        <translation>Lesen der Wiedervorlagen für den Kalender</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading follow-up people for the calendar</source>
        <translation>Lesen der Personen von Wiedervorlagen für den Kalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading follow-up tags for the calendar</source>
        <translation>Lesen der Schlagwörter von Wiedervorlagen für den Kalender</translation>
    </message>
    <message>
        <location filename="../../core/interchange/ical/Recurrence.cpp" line="+26"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeatedly</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../core/interchange/ical/TodoReader.cpp" line="+39"/>
        <source>tasks are not imported</source>
        <translation>Aufgaben werden nicht importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the follow-up names nobody (no CONTACT)</source>
        <translation>die Wiedervorlage nennt niemanden (kein CONTACT)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the task has no valid due date (DUE)</source>
        <translation>die Aufgabe hat kein gültiges Fälligkeitsdatum (DUE)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the deadline names no event (RELATED-TO)</source>
        <translation>die Frist nennt keine Veranstaltung (RELATED-TO)</translation>
    </message>
</context>
<context>
    <name>kith::ical::Reader</name>
    <message>
        <location filename="../../core/interchange/ical/CalendarReader.cpp" line="-179"/>
        <source>this time zone definition could not be used</source>
        <translation>diese Zeitzonendefinition ließ sich nicht verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this %1 is larger than %2 MiB</source>
        <translation>dieses %1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journal entries are not imported</source>
        <translation>Journaleinträge werden nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free/busy times are not imported</source>
        <translation>Frei/Belegt-Zeiten werden nicht importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 components are not imported</source>
        <translation>%1-Komponenten werden nicht importiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libical could not read this %1</source>
        <translation>libical konnte dieses %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the same event (UID) as line %1</source>
        <translation>derselbe Termin (UID) wie in Zeile %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the same follow-up (UID) as line %1</source>
        <translation>dieselbe Wiedervorlage (UID) wie in Zeile %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the deadline’s event is not in this file</source>
        <translation>die Veranstaltung der Frist ist nicht in dieser Datei</translation>
    </message>
</context>
<context>
    <name>kith::ical::Scanner</name>
    <message>
        <location filename="../../core/interchange/ical/CalendarScanner.cpp" line="+132"/>
        <source>the file holds binary data (a NUL byte), so it is not an iCalendar file</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte) und ist daher keine iCalendar-Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file ends inside the %1 that begins here; it may be cut short</source>
        <translation>die Datei endet innerhalb des hier beginnenden %1; sie ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no calendar in this file (no BEGIN:VCALENDAR line)</source>
        <translation>diese Datei enthält keinen Kalender (keine Zeile BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>dies ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text after the end of the calendar, where BEGIN:VCALENDAR was expected</source>
        <translation>Text nach dem Ende des Kalenders, wo BEGIN:VCALENDAR erwartet wurde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected BEGIN:VCALENDAR, found “%1”</source>
        <translation>BEGIN:VCALENDAR erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>“%1” does not name a component</source>
        <translation>„%1“ benennt keine Komponente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>components are nested more than %1 deep</source>
        <translation>Komponenten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” closes a component that was never opened</source>
        <translation>„%1“ schließt eine Komponente, die nie geöffnet wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” does not close the %2 opened on line %3</source>
        <translation>„%1“ schließt nicht das in Zeile %3 geöffnete %2</translation>
    </message>
</context>
<context>
    <name>kith::ical::Writer</name>
    <message>
        <location filename="../../core/interchange/ical/CalendarWriter.cpp" line="+136"/>
        <source>Events, deadlines and follow-ups from Kith, exported on %1</source>
        <translation>Veranstaltungen, Fristen und Wiedervorlagen aus Kith, exportiert am %1</translation>
    </message>
</context>
<context>
    <name>kith::ical::ZoneResolver</name>
    <message>
        <location filename="../../core/interchange/ical/ZoneResolver.cpp" line="+169"/>
        <source>The calendar names the time zone “%1” without defining it; the times are kept as written.</source>
        <translation>Der Kalender nennt die Zeitzone „%1“, ohne sie zu definieren; die Uhrzeiten werden so übernommen, wie sie dastehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar’s time zone “%1” is not one Kith knows; the times are kept at %2, its offset from UTC at the start.</source>
        <translation>Die Zeitzone „%1“ des Kalenders kennt Kith nicht; die Uhrzeiten werden mit %2 übernommen, ihrem Abstand zu UTC am Anfang.</translation>
    </message>
</context>
<context>
    <name>kith::insights</name>
    <message>
        <location filename="../../core/insights/Activity.cpp" line="+32"/>
        <source>Both the first and the last month are needed.</source>
        <translation>Sowohl der erste als auch der letzte Monat werden benötigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2 is not a range of months that can be shown.</source>
        <translation>%1 bis %2 ist kein Monatszeitraum, der sich darstellen lässt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting interactions per month</source>
        <translation>Zählen der Interaktionen pro Monat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the people known before %1</source>
        <translation>Zählen der vor %1 bekannten Personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting people added per month</source>
        <translation>Zählen der pro Monat hinzugekommenen Personen</translation>
    </message>
    <message>
        <location filename="../../core/insights/Agenda.cpp" line="+27"/>
        <location line="+53"/>
        <source>Listing follow-ups due</source>
        <translation>Auflisten der fälligen Wiedervorlagen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Counting follow-ups due</source>
        <translation>Zählen der fälligen Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Listing renewals due</source>
        <translation>Auflisten der fälligen Verlängerungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Listing event deadlines due</source>
        <translation>Auflisten der fälligen Veranstaltungsfristen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Listing upcoming events</source>
        <translation>Auflisten der anstehenden Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../core/insights/Budget.cpp" line="+91"/>
        <source>Adding up event costs</source>
        <translation>Summieren der Veranstaltungskosten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adding up membership dues</source>
        <translation>Summieren der Mitgliedsbeiträge</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The fiscal year must start in a month from 1 to 12, not %1.</source>
        <translation>Das Geschäftsjahr muss in einem Monat von 1 bis 12 beginnen, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date was given for today.</source>
        <translation>Für heute wurde kein Datum angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal years %1 to %2 are not a range that can be shown.</source>
        <translation>Die Geschäftsjahre %1 bis %2 sind kein Zeitraum, der sich darstellen lässt.</translation>
    </message>
    <message>
        <location filename="../../core/insights/Dashboard.cpp" line="+32"/>
        <source>Counting for the dashboard</source>
        <translation>Zählen für die Übersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dashboard needs a date to look from.</source>
        <translation>Die Übersicht braucht ein Stichtagsdatum.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Finding the records behind a figure</source>
        <translation>Suchen der Datensätze hinter einer Zahl</translation>
    </message>
    <message>
        <location filename="../../core/insights/Recommendations.cpp" line="+33"/>
        <source>Counting recommendations</source>
        <translation>Zählen der Empfehlungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Listing recommendations owed</source>
        <translation>Auflisten der geschuldeten Empfehlungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting where people came from</source>
        <translation>Zählen, woher die Personen kamen</translation>
    </message>
</context>
<context>
    <name>kith::insights::detail</name>
    <message>
        <location filename="../../core/insights/InsightSupport.cpp" line="+15"/>
        <source>No date was given for today.</source>
        <translation>Für heute wurde kein Datum angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A look-ahead of %1 days is not possible; use 0 or more.</source>
        <translation>Eine Vorschau von %1 Tagen ist nicht möglich; verwenden Sie 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../../core/insights/KeepInTouch.cpp" line="+31"/>
        <location line="+40"/>
        <source>Listing people to get in touch with</source>
        <translation>Auflisten der Personen, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Counting people to get in touch with</source>
        <translation>Zählen der Personen, bei denen Sie sich melden sollten</translation>
    </message>
</context>
<context>
    <name>kith::interchange</name>
    <message>
        <location filename="../../core/interchange/DuplicateFinder.cpp" line="+181"/>
        <source>Choose at least one other person to merge.</source>
        <translation>Wählen Sie mindestens eine weitere Person zum Zusammenführen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merging into %1</source>
        <translation>Zusammenführen in %1</translation>
    </message>
    <message>
        <location filename="../../core/interchange/PeopleLoader.cpp" line="+270"/>
        <source>Reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
</context>
<context>
    <name>kith::interchange::Applier</name>
    <message>
        <location filename="../../core/interchange/ImportApplier.cpp" line="+86"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 changed since the preview: </source>
        <translation>%1 hat sich seit der Vorschau geändert: </translation>
    </message>
</context>
<context>
    <name>kith::interchange::Importer</name>
    <message>
        <location filename="../../core/interchange/Importer.cpp" line="+17"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>kith::interchange::Planner</name>
    <message>
        <location filename="../../core/interchange/ImportPlanner.cpp" line="+317"/>
        <source>The recommendation names nobody.</source>
        <translation>Die Empfehlung nennt niemanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person it concerns, %1, cannot be stored.</source>
        <translation>Die betroffene Person, %1, kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>kith::interchange::Statement</name>
    <message>
        <location filename="../../core/interchange/PeopleLoader.cpp" line="-223"/>
        <source>Reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
</context>
<context>
    <name>kith::linkedin</name>
    <message>
        <location filename="../../core/interchange/linkedin/LinkedIn.cpp" line="+106"/>
        <location filename="../../core/interchange/linkedin/LinkedInArchive.cpp" line="+140"/>
        <location line="+4"/>
        <source>%1 is larger than %2 MB; it is not a LinkedIn file.</source>
        <translation>%1 ist größer als %2 MB; das ist keine LinkedIn-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file of a LinkedIn data export that Kith reads (%2).</source>
        <translation>%1 ist keine Datei eines LinkedIn-Datenexports, die Kith liest (%2).</translation>
    </message>
    <message>
        <location filename="../../core/interchange/linkedin/LinkedInArchive.cpp" line="-91"/>
        <source>%1: %2 inflates to more than %3 MB, far more than any LinkedIn export; the archive is refused.</source>
        <translation>%1: %2 entpackt sich auf mehr als %3 MB, weit mehr als jeder LinkedIn-Export; das Archiv wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a readable zip archive (error %2).</source>
        <translation>%1 ist kein lesbares ZIP-Archiv (Fehler %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an entry cannot be read (error %2).</source>
        <translation>%1: Ein Eintrag kann nicht gelesen werden (Fehler %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains “%2”, a path leading outside the archive; a LinkedIn export never does, so the archive is refused.</source>
        <translation>%1 enthält „%2“, einen Pfad, der aus dem Archiv hinausführt; ein LinkedIn-Export tut das nie, daher wird das Archiv abgelehnt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 cannot be opened (error %3).</source>
        <translation>%1: %2 kann nicht geöffnet werden (Fehler %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is damaged (error %3).</source>
        <translation>%1: %2 ist beschädigt (Fehler %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is damaged (its checksum does not match).</source>
        <translation>%1: %2 ist beschädigt (die Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the list of entries is damaged (error %2).</source>
        <translation>%1: Das Inhaltsverzeichnis ist beschädigt (Fehler %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+55"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>kith::linkedin::detail</name>
    <message>
        <location filename="../../core/interchange/linkedin/Activity.cpp" line="+116"/>
        <source>The direction “%1” is neither OUTGOING nor INCOMING.</source>
        <translation>Die Richtung „%1“ ist weder OUTGOING noch INCOMING.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The invitation names nobody.</source>
        <translation>Die Einladung nennt niemanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation has no readable date.</source>
        <translation>Die Einladung hat kein lesbares Datum.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LinkedIn invitation sent</source>
        <translation>LinkedIn-Einladung gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LinkedIn invitation received</source>
        <translation>LinkedIn-Einladung erhalten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The event has no name.</source>
        <translation>Die Veranstaltung hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time as exported: %1</source>
        <translation>Zeit laut Export: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>LinkedIn endorsement received</source>
        <translation>LinkedIn-Bestätigung von Kenntnissen erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LinkedIn endorsement given</source>
        <translation>LinkedIn-Bestätigung von Kenntnissen gegeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The endorsement names nobody.</source>
        <translation>Die Bestätigung nennt niemanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endorsement has no readable date.</source>
        <translation>Die Bestätigung hat kein lesbares Datum.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/linkedin/Connections.cpp" line="+58"/>
        <location filename="../../core/interchange/linkedin/Recommendations.cpp" line="+49"/>
        <source>A quoted field is never closed; the rest of the file is unusable.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen; der Rest der Datei ist unbrauchbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The row has no name.</source>
        <translation>Die Zeile enthält keinen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Credentials: %1</source>
        <translation>Qualifikationen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn address as exported: %1</source>
        <translation>LinkedIn-Adresse laut Export: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail address as exported: %1</source>
        <translation>E-Mail-Adresse laut Export: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the date “%2” was not understood; known since is left to the day of the import.</source>
        <translation>%1: Das Datum „%2“ wurde nicht verstanden; als „Bekannt seit“ gilt der Tag des Imports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 more dates were not understood.</source>
        <translation>%1: %2 weitere Datumsangaben wurden nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/linkedin/Recommendations.cpp" line="+11"/>
        <source>The recommendation names nobody.</source>
        <translation>Die Empfehlung nennt niemanden.</translation>
    </message>
    <message>
        <location filename="../../core/interchange/linkedin/LinkedIn.cpp" line="-70"/>
        <source>%1 appears twice in the export; only %2 was read.</source>
        <translation>%1 kommt im Export zweimal vor; nur %2 wurde gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not in the export.</source>
        <translation>%1 ist nicht im Export enthalten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 holds none of the files of a LinkedIn data export Kith reads (%2).</source>
        <translation>%1 enthält keine der Dateien eines LinkedIn-Datenexports, die Kith liest (%2).</translation>
    </message>
</context>
<context>
    <name>kith::linkedin::detail::Table</name>
    <message>
        <location filename="../../core/interchange/linkedin/LinkedInFiles.cpp" line="+130"/>
        <source>%1: no header line with the columns %2 in its first %3 lines; is this a file of a LinkedIn data export?</source>
        <translation>%1: In den ersten %3 Zeilen steht keine Kopfzeile mit den Spalten %2; stammt die Datei aus einem LinkedIn-Datenexport?</translation>
    </message>
</context>
<context>
    <name>kith::searchLabels</name>
    <message>
        <location filename="../../core/storage/SearchLabels.cpp" line="+105"/>
        <source>Recommendation to %1</source>
        <translation>Empfehlung für %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation from %1</source>
        <translation>Empfehlung von %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>kith::sql</name>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="+112"/>
        <source>the disk is full or the file has reached its size limit (%1). Nothing was written; free some space and try again.</source>
        <translation>der Datenträger ist voll oder die Datei hat ihre Größenbeschränkung erreicht (%1). Es wurde nichts geschrieben; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is in use by another program (another Kith?), which kept it busy for %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>die Datei wird von einem anderen Programm verwendet (einem anderen Kith?), das sie %1 Sekunden lang belegt hat. Es wurde nichts geändert; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
</context>
<context>
    <name>kith::ui</name>
    <message>
        <location filename="../../ui/events/EventBudget.cpp" line="+20"/>
        <source>FY%1</source>
        <translation>GJ %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="+26"/>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No costs planned.</source>
        <translation>Keine Kosten geplant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="+43"/>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sessions to attend</source>
        <translation>Geplante Programmpunkte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>met</source>
        <translation>getroffen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Going together</source>
        <translation>Gemeinsame Teilnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People to meet there</source>
        <translation>Personen, die Sie dort treffen möchten</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../ui/groups/GroupDetail.cpp" line="+103"/>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="-11"/>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="+114"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="+180"/>
        <location filename="../../ui/recommendations/RecommendationDetail.cpp" line="+57"/>
        <source>Edit (Enter)</source>
        <translation>Bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="+7"/>
        <location filename="../../ui/recommendations/RecommendationDetail.cpp" line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="-75"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/groups/GroupDetail.cpp" line="-57"/>
        <location filename="../../ui/interactions/InteractionDetail.cpp" line="+58"/>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="+6"/>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="+1"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="-106"/>
        <location filename="../../ui/recommendations/RecommendationDetail.cpp" line="+5"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="+46"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../ui/groups/GroupDetail.cpp" line="-14"/>
        <location filename="../../ui/recommendations/RecommendationDetail.cpp" line="-4"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="+2"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="+0"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members recorded. Edit the group to add the people you know in it.</source>
        <translation>Keine Mitglieder erfasst. Bearbeiten Sie die Gruppe, um die Personen hinzuzufügen, die Sie darin kennen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>People met here</source>
        <translation>Hier kennengelernte Personen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What it gave</source>
        <translation>Was sie gebracht hat</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/InteractionDetail.cpp" line="-32"/>
        <source>%1 — done on %2</source>
        <translation>%1 – erledigt am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Interaction not found</source>
        <translation>Interaktion nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="-14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="-8"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="-14"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/MembershipDetail.cpp" line="-1"/>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="+48"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/OrganizationDetail.cpp" line="-46"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="-22"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People here</source>
        <translation>Personen hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody you know works here now, as far as their roles say.</source>
        <translation>Soweit die erfassten Rollen zeigen, arbeitet derzeit niemand hier, den Sie kennen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/people/PersonDetail.cpp" line="+83"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="+4"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No memberships here yet.</source>
        <translation>Hier gibt es noch keine Mitgliedschaften.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>renews %1</source>
        <translation>Verlängerung am %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Events organized</source>
        <translation>Ausgerichtete Veranstaltungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add membership</source>
        <translation>Mitgliedschaft hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonDetail.cpp" line="-101"/>
        <source>Works as</source>
        <translation>Tätig als</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lives in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>introduced by %1</source>
        <translation>vorgestellt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known since</source>
        <translation>Bekannt seit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interactions logged yet. Press Ctrl+L to log one.</source>
        <translation>Noch keine Interaktionen erfasst. Drücken Sie Strg+L, um eine zu erfassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow up %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…and %1 earlier.</source>
        <translation>… und %1 frühere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="+4"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You → them</source>
        <translation>Von Ihnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Them → you</source>
        <translation>Für Sie</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="-2"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="+4"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log interaction (Ctrl+L)</source>
        <translation>Interaktion erfassen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/RecommendationDetail.cpp" line="-32"/>
        <source>Your recommendations for them</source>
        <translation>Ihre Empfehlungen für diese Person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommendation for %1</source>
        <translation>Empfehlung für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation from %1</source>
        <translation>Empfehlung von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommend them back</source>
        <translation>Im Gegenzug empfehlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text yet.</source>
        <translation>Noch kein Text.</translation>
    </message>
    <message>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="-8"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/Format.cpp" line="+79"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/DesktopApplication.cpp" line="+53"/>
        <location line="+25"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Kith databases (*.sqlite *.kith);;All files (*)</source>
        <translation>Kith-Datenbanken (*.sqlite *.kith);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Demo Network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a different file?</source>
        <translation>Eine andere Datei öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/Pages.cpp" line="+39"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organizations &amp; Memberships</source>
        <translation>Organisationen &amp; Mitgliedschaften</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/ImportSource.cpp" line="+87"/>
        <source>LinkedIn data export</source>
        <translation>LinkedIn-Datenexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard contacts</source>
        <translation>vCard-Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar events</source>
        <translation>iCalendar-Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV contacts</source>
        <translation>CSV-Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kith backup</source>
        <translation>Kith-Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importable files (*.zip *.vcf *.vcard *.ics *.csv *.json);;LinkedIn data export (*.zip *.csv);;vCard (*.vcf *.vcard);;iCalendar (*.ics);;CSV (*.csv);;Kith backup (*.json);;All files (*)</source>
        <translation>Importierbare Dateien (*.zip *.vcf *.vcard *.ics *.csv *.json);;LinkedIn-Datenexport (*.zip *.csv);;vCard (*.vcf *.vcard);;iCalendar (*.ics);;CSV (*.csv);;Kith-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a file Kith can import.</source>
        <translation>%1 ist keine Datei, die Kith importieren kann.</translation>
    </message>
</context>
<context>
    <name>kith::ui::ActionLists</name>
    <message>
        <location filename="../../ui/dashboard/ActionLists.cpp" line="+187"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dues</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups and people to get in touch with</source>
        <translation>Wiedervorlagen und Personen, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming events</source>
        <translation>Anstehende Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals due</source>
        <translation>Fällige Verlängerungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No events in the next %n day(s).</source>
        <translation>
            <numerusform>Keine Veranstaltungen am nächsten Tag.</numerusform>
            <numerusform>Keine Veranstaltungen in den nächsten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No memberships renew in the next %n day(s).</source>
        <translation>
            <numerusform>Keine Mitgliedschaft wird am nächsten Tag erneuert.</numerusform>
            <numerusform>Keine Mitgliedschaft wird in den nächsten %n Tagen erneuert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Nobody to follow up with or get in touch with in the next %n day(s).</source>
        <translation>
            <numerusform>Niemand, bei dem am nächsten Tag etwas nachzufassen oder ein Kontakt fällig ist.</numerusform>
            <numerusform>Niemand, bei dem in den nächsten %n Tagen etwas nachzufassen oder ein Kontakt fällig ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Follow up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>…and %n more follow-up(s): show them all</source>
        <translation>
            <numerusform>… und %n weitere Wiedervorlage: alle anzeigen</numerusform>
            <numerusform>… und %n weitere Wiedervorlagen: alle anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep in touch every %1 days (last: %2)</source>
        <translation>Alle %1 Tage in Kontakt bleiben (zuletzt: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %n more to get in touch with: show them all</source>
        <translation>
            <numerusform>… und %n weitere Person, bei der Sie sich melden sollten: alle anzeigen</numerusform>
            <numerusform>… und %n weitere Personen, bei denen Sie sich melden sollten: alle anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Snooze follow-up with %1</source>
        <translation>Wiedervorlage mit %1 zurückstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze keeping in touch with %1</source>
        <translation>Kontaktpflege mit %1 zurückstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up with %1 done</source>
        <translation>Wiedervorlage mit %1 erledigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept in touch</source>
        <translation>Kontakt gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in touch with %1</source>
        <translation>Kontakt mit %1 gehalten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Renew %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>kith::ui::DashboardCards</name>
    <message>
        <location filename="../../ui/dashboard/DashboardCards.cpp" line="+87"/>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>people in your network</source>
        <translation>Personen in Ihrem Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new this month</source>
        <translation>neu in diesem Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions in the last 30 days</source>
        <translation>Interaktionen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups due</source>
        <translation>fällige Wiedervorlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>follow-ups overdue</source>
        <translation>überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people past their keep-in-touch cadence</source>
        <translation>Personen mit überschrittenem Kontaktrhythmus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n more due soon</source>
        <translation>
            <numerusform>%n weiterer Eintrag bald fällig</numerusform>
            <numerusform>%n weitere Einträge bald fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memberships to renew</source>
        <translation>zu verlängernde Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upcoming events</source>
        <translation>anstehende Veranstaltungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in the next %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FY%1</source>
        <translation>GJ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 budget</source>
        <translation>von %1 Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over budget</source>
        <translation>%1 über dem Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 spent</source>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommendations given / received</source>
        <translation>Empfehlungen gegeben / erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations owed back</source>
        <translation>noch zu erwidernde Empfehlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people who recommended you</source>
        <translation>Personen, die Sie empfohlen haben</translation>
    </message>
</context>
<context>
    <name>kith::ui::DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="+123"/>
        <location line="+2"/>
        <source>Network growth</source>
        <translation>Wachstum des Netzwerks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+2"/>
        <source>Interactions per month</source>
        <translation>Interaktionen pro Monat</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Recommendations given and received</source>
        <translation>Gegebene und erhaltene Empfehlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Professional development spending (%1)</source>
        <translation>Ausgaben für berufliche Fortbildung (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FY%1</source>
        <translation>GJ %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+2"/>
        <source>Where people came from</source>
        <translation>Woher Ihre Kontakte kommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met at events</source>
        <translation>Auf Veranstaltungen getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met in groups</source>
        <translation>In Gruppen kennengelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
</context>
<context>
    <name>kith::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="+45"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget year:</source>
        <translation>&amp;Budgetjahr:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <location line="+229"/>
        <location line="+19"/>
        <source>Export Dashboard</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>kith-dashboard.png</source>
        <translation>kith-übersicht.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kith-dashboard.pdf</source>
        <translation>kith-übersicht.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>people who joined your network in %1</source>
        <translation>Personen, die im %1 zu Ihrem Netzwerk hinzukamen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 interactions in %2</source>
        <translation>Interaktionen der Art „%1“ im %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recommendations you gave in %1</source>
        <translation>Empfehlungen, die Sie %1 gegeben haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations you received in %1</source>
        <translation>Empfehlungen, die Sie %1 erhalten haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>events counted in FY%1</source>
        <translation>im GJ %1 berücksichtigte Veranstaltungen</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>people met at events</source>
        <translation>auf Veranstaltungen getroffene Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people met in groups</source>
        <translation>in Gruppen kennengelernte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people introduced to you</source>
        <translation>Ihnen vorgestellte Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported people</source>
        <translation>importierte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people added by hand</source>
        <translation>von Hand erfasste Personen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FY%1</source>
        <translation>GJ %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Your network as of %1</source>
        <translation>Ihr Netzwerk, Stand %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>new this month</source>
        <translation>neu in diesem Monat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interactions in the last 30 days</source>
        <translation>Interaktionen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>follow-ups due</source>
        <translation>fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follow-ups overdue</source>
        <translation>überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people past their keep-in-touch cadence</source>
        <translation>Personen mit überschrittenem Kontaktrhythmus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>memberships to renew</source>
        <translation>zu verlängernde Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upcoming events</source>
        <translation>anstehende Veranstaltungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>people who recommended you and are owed one back</source>
        <translation>Personen, die Sie empfohlen haben und denen Sie noch eine Empfehlung schulden</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>kith::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="+27"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear date</source>
        <translation>Datum leeren</translation>
    </message>
</context>
<context>
    <name>kith::ui::DuplicatesDialog</name>
    <message>
        <location filename="../../ui/interchange/DuplicatesDialog.cpp" line="+25"/>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People who look alike</source>
        <translation>Personen, die einander gleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge into Selected…</source>
        <translation>In Ausgewählte &amp;zusammenführen …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one looks like anyone else: no shared e-mail, profile address or name.</source>
        <translation>Niemand gleicht einer anderen Person: keine gemeinsame E-Mail-Adresse, Profiladresse oder Name.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n groups of people who share an e-mail, a profile address or a name. Select the person to keep, then Merge: the others&apos; details, history and links move to them.</source>
        <translation>
            <numerusform>%n Gruppe von Personen mit gemeinsamer E-Mail-Adresse, Profiladresse oder gemeinsamem Namen. Wählen Sie die Person aus, die bleiben soll, dann „Zusammenführen“: Angaben, Verlauf und Verknüpfungen der anderen gehen auf sie über.</numerusform>
            <numerusform>%n Gruppen von Personen mit gemeinsamer E-Mail-Adresse, Profiladresse oder gemeinsamem Namen. Wählen Sie die Person aus, die bleiben soll, dann „Zusammenführen“: Angaben, Verlauf und Verknüpfungen der anderen gehen auf sie über.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Merge %n other people into %1? Their e-mails, phones, jobs, interactions and links move to %1, and they are deleted. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>%n andere Person mit %1 zusammenführen? Ihre E-Mail-Adressen, Telefonnummern, Stellen, Interaktionen und Verknüpfungen gehen auf %1 über, und sie wird gelöscht. Bearbeiten ▸ Rückgängig macht das rückgängig.</numerusform>
            <numerusform>%n andere Personen mit %1 zusammenführen? Ihre E-Mail-Adressen, Telefonnummern, Stellen, Interaktionen und Verknüpfungen gehen auf %1 über, und sie werden gelöscht. Bearbeiten ▸ Rückgängig macht das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge into %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>kith::ui::DuplicatesModel</name>
    <message>
        <location filename="../../ui/interchange/DuplicatesModel.cpp" line="+17"/>
        <source>same card</source>
        <translation>gleiche Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same profile address</source>
        <translation>gleiche Profiladresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n people · %1</source>
        <translation>
            <numerusform>%n Person · %1</numerusform>
            <numerusform>%n Personen · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known since</source>
        <translation>Bekannt seit</translation>
    </message>
</context>
<context>
    <name>kith::ui::EventBudget</name>
    <message>
        <location filename="../../ui/events/EventBudget.cpp" line="+15"/>
        <source>Planned: %1 · Actual: %2</source>
        <translation>Geplant: %1 · Tatsächlich: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This event: %1</source>
        <translation>Diese Veranstaltung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give it a start date to see it against that fiscal year&apos;s budget.</source>
        <translation>Geben Sie ein Anfangsdatum an, um sie mit dem Budget dieses Geschäftsjahres zu vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped events count nothing against the budget.</source>
        <translation>Ausgelassene Veranstaltungen belasten das Budget nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Costs in %1 are not counted in the %2 budget.</source>
        <translation>Kosten in %1 werden im Budget in %2 nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned in %1 with it: %2 (no yearly budget set)</source>
        <translation>Geplant im %1 einschließlich dieser: %2 (kein Jahresbudget festgelegt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left in %1 budget after it: %2 of %3</source>
        <translation>Danach im Budget für %1 übrig: %2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With it, %1 is %2 over its budget of %3</source>
        <translation>Damit liegt das %1 %2 über seinem Budget von %3</translation>
    </message>
</context>
<context>
    <name>kith::ui::EventEditor</name>
    <message>
        <location filename="../../ui/events/EventEditor.cpp" line="+73"/>
        <location line="+252"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganizer:</source>
        <translation>&amp;Veranstalter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Beginnzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;imes:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>Veranstaltungs&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>S&amp;tadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web page:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Costs and funding</source>
        <translation>Kosten und Finanzierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unding approval:</source>
        <translation>Finanzierungs&amp;zusage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;osts:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost totals</source>
        <translation>Kostensummen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadlines:</source>
        <translation>&amp;Fristen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessio&amp;ns to attend:</source>
        <translation>Pro&amp;grammpunkte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companions going with you, and people you want to meet there</source>
        <translation>Wer Sie begleitet und wen Sie dort treffen möchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards: what came of it, whom you met, what next</source>
        <translation>Danach: was daraus wurde, wen Sie getroffen haben, wie es weitergeht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reflection:</source>
        <translation>&amp;Rückblick:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The event ends before it starts.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an organization from the suggestions, or clear the field.</source>
        <translation>Wählen Sie eine Organisation aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>kith::ui::EventsModel</name>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="+44"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>Die Liste lässt sich nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spent so far: %1</source>
        <translation>Bisher ausgegeben: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kith::ui::EventsSection</name>
    <message>
        <location filename="../../ui/events/EventsSection.cpp" line="+43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search events by name, place, notes… (Ctrl+F)</source>
        <translation>Veranstaltungen nach Name, Ort, Notizen … durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Alle Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Edit Event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n events?</source>
        <translation>
            <numerusform>%n Veranstaltung löschen?</numerusform>
            <numerusform>%n Veranstaltungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their costs, deadlines and sessions go too; the people and interactions stay. You can undo this (Ctrl+Z).</source>
        <translation>Ihre Kosten, Fristen und Programmpunkte werden mitgelöscht; Personen und Interaktionen bleiben erhalten. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Veranstaltung löschen</numerusform>
            <numerusform>%n Veranstaltungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n events “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Veranstaltung hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Veranstaltungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Untag %n events “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Veranstaltung entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Veranstaltungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Veranstaltung passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events yet.

Plan a conference, meeting or webinar with New (Ctrl+Shift+N): its costs, deadlines, sessions and the people to meet there.</source>
        <translation>Noch keine Veranstaltungen.

Planen Sie eine Konferenz, ein Treffen oder ein Webinar mit „Neu“ (Strg+Umschalt+N): mit Kosten, Fristen, Programmpunkten und den Personen, die Sie dort treffen möchten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick off a deadline of %1</source>
        <translation>Eine Frist von %1 abhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen a deadline of %1</source>
        <translation>Eine Frist von %1 wieder öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsSection.h" line="+21"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>kith::ui::Exports</name>
    <message>
        <location filename="../../ui/interchange/Exports.cpp" line="+48"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Export vCard</source>
        <translation>vCard exportieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n people to %1</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert</numerusform>
            <numerusform>%n Personen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Export iCalendar</source>
        <translation>iCalendar exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the calendar to %1</source>
        <translation>Kalender nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+28"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Full Backup</source>
        <translation>Vollständige Sicherung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Kith backup (*.json)</source>
        <translation>Kith-Sicherung (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a full backup to %1</source>
        <translation>Vollständige Sicherung in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List to export</source>
        <translation>Zu exportierende Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Which list?</source>
        <translation>&amp;Welche Liste?</translation>
    </message>
</context>
<context>
    <name>kith::ui::FirstRunDialog</name>
    <message>
        <location filename="../../ui/mainwindow/FirstRunDialog.cpp" line="+21"/>
        <location line="+4"/>
        <source>Welcome to Kith</source>
        <translation>Willkommen bei Kith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith keeps your professional network — people, groups, recommendations, memberships and the conferences you plan — in one file on this computer:
%1

How would you like to start?</source>
        <translation>Kith hält Ihr berufliches Netzwerk – Personen, Gruppen, Empfehlungen, Mitgliedschaften und die Konferenzen, die Sie planen – in einer Datei auf diesem Computer:
%1

Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Explore the demo network</source>
        <translation>Das Demo-Netzwerk &amp;erkunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invented early-career librarian&apos;s network: 40 people, groups, memberships, a conference to plan. Delete it any time by starting a new database.</source>
        <translation>Das erfundene Netzwerk einer Bibliothekarin am Berufsanfang: 40 Personen, Gruppen, Mitgliedschaften und eine Konferenz zum Planen. Sie werden es jederzeit los, indem Sie eine neue Datenbank beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin with your own contacts, or import them from LinkedIn or a vCard file.</source>
        <translation>Beginnen Sie mit Ihren eigenen Kontakten, oder importieren Sie sie aus LinkedIn oder einer vCard-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open an existing database…</source>
        <translation>Eine vorhandene Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Kith file copied from another computer or a backup.</source>
        <translation>Eine Kith-Datei von einem anderen Computer oder aus einer Sicherung.</translation>
    </message>
</context>
<context>
    <name>kith::ui::Format</name>
    <message>
        <location filename="../../ui/widgets/Format.cpp" line="-9"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>kith::ui::GlobalSearchDialog</name>
    <message>
        <location filename="../../ui/search/GlobalSearchDialog.cpp" line="+7"/>
        <source>Type to search every person, organization, group, event, recommendation and interaction.

↑ ↓ move, Enter opens, Esc closes.</source>
        <translation>Tippen Sie, um alle Personen, Organisationen, Gruppen, Veranstaltungen, Empfehlungen und Interaktionen zu durchsuchen.

↑ ↓ wählen, Eingabetaste öffnet, Esc schließt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Find Anything</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, organizations, groups, events, notes…</source>
        <translation>Personen, Organisationen, Gruppen, Veranstaltungen, Notizen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupEditor</name>
    <message>
        <location filename="../../ui/groups/GroupEditor.cpp" line="+32"/>
        <source>Pick %1 from the suggestions, or clear the field.</source>
        <translation>Wählen Sie %1 aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+109"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to keep in touch with members who have no cadence of their own.</source>
        <translation>Wie oft Sie mit Mitgliedern in Kontakt bleiben möchten, die keinen eigenen Kontaktrhythmus haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it gave: jobs, contacts, advice…</source>
        <translation>Was sie gebracht hat: Stellen, Kontakte, Ratschläge …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joined on:</source>
        <translation>&amp;Beigetreten am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another &amp;group:</source>
        <translation>Andere &amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A p&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in touch every:</source>
        <translation>&amp;Kontakt halten alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it gave:</source>
        <translation>&amp;Was sie gebracht hat:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click Add to add “%1”, or clear the field.</source>
        <translation>Klicken Sie auf „Hinzufügen“, um „%1“ hinzuzufügen, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupMembersEdit</name>
    <message>
        <location filename="../../ui/groups/GroupMembersEdit.cpp" line="+22"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name to add…</source>
        <translation>Namen zum Hinzufügen eingeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupsModel</name>
    <message>
        <location filename="../../ui/groups/GroupsModel.cpp" line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
</context>
<context>
    <name>kith::ui::GroupsSection</name>
    <message>
        <location filename="../../ui/groups/GroupsSection.cpp" line="+25"/>
        <source>Search groups by name, notes… (Ctrl+F)</source>
        <translation>Gruppen nach Name, Notizen … durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any platform</source>
        <translation>Jede Plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit Group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>%n Gruppe löschen?</numerusform>
            <numerusform>%n Gruppen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its members stay; groups found through it and people met in it stay too, without that link. You can undo this (Ctrl+Z).</source>
        <translation>Die Mitglieder bleiben erhalten; über die Gruppe gefundene Gruppen und darin kennengelernte Personen ebenfalls, nur ohne diese Verknüpfung. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n groups</source>
        <translation>
            <numerusform>%n Gruppe löschen</numerusform>
            <numerusform>%n Gruppen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n groups “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Gruppe hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Gruppen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Untag %n groups “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Gruppe entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Gruppen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No group matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Gruppe passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups yet.

Add the LinkedIn groups, Google groups, Slack or Discord communities and mailing lists you are in with New (Ctrl+Shift+N), and note who or what led you to each.</source>
        <translation>Noch keine Gruppen.

Fügen Sie mit „Neu“ (Strg+Umschalt+N) die LinkedIn- und Google-Gruppen, Slack- oder Discord-Communitys und Mailinglisten hinzu, in denen Sie sind, und notieren Sie, wer oder was Sie jeweils dorthin geführt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/GroupsSection.h" line="+21"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportFilePage</name>
    <message>
        <location filename="../../ui/interchange/ImportPages.cpp" line="+59"/>
        <source>Choose what to import</source>
        <translation>Wählen Sie, was importiert werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A LinkedIn data export (the .zip, or the folder it was extracted into), vCard contacts (.vcf), an iCalendar file (.ics), contacts as CSV, or a Kith backup (.json).</source>
        <translation>Ein LinkedIn-Datenexport (die .zip-Datei oder der Ordner, in den sie entpackt wurde), vCard-Kontakte (.vcf), eine iCalendar-Datei (.ics), Kontakte als CSV oder eine Kith-Sicherung (.json).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of an extracted LinkedIn data export</source>
        <translation>Der Ordner eines entpackten LinkedIn-Datenexports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a LinkedIn Export</source>
        <translation>LinkedIn-Export importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup is restored whole into an empty database. A restore cannot be undone.</source>
        <translation>Eine Sicherung wird vollständig in eine leere Datenbank wiederhergestellt. Eine Wiederherstellung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before anything is written you will see what the import adds, updates and leaves out. The import is one step: Edit ▸ Undo takes all of it back.</source>
        <translation>Bevor etwas geschrieben wird, sehen Sie, was der Import hinzufügt, aktualisiert und auslässt. Der Import ist ein einziger Schritt: Bearbeiten ▸ Rückgängig nimmt ihn ganz zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such file or folder.</source>
        <translation>Diese Datei oder diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kith does not recognise this file.</source>
        <translation>Kith erkennt diese Datei nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportMappingPage</name>
    <message>
        <location line="+29"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Kith field each column of the file fills. Kith remembers your choice for files with the same columns.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Kith-Feld, das sie füllt. Kith merkt sich Ihre Wahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kith field</source>
        <translation>Kith-Feld</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proposed: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kith field for %1</source>
        <translation>Kith-Feld für %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a column for the name (full, given or family) or the e-mail address: every person needs one.</source>
        <translation>Wählen Sie eine Spalte für den Namen (vollständig, Vor- oder Nachname) oder die E-Mail-Adresse: Jede Person braucht eines davon.</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportPreviewModel</name>
    <message>
        <location filename="../../ui/interchange/ImportPreviewModel.cpp" line="+20"/>
        <source>same card</source>
        <translation>gleiche Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same profile address</source>
        <translation>gleiche Profiladresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, earlier in this file</source>
        <translation>%1, weiter oben in dieser Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes on merge</source>
        <translation>Änderungen beim Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportPreviewPage</name>
    <message>
        <location filename="../../ui/interchange/ImportPreviewPage.cpp" line="+65"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New people:</source>
        <translation>Neue Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date:</source>
        <translation>Bereits aktuell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty rows skipped:</source>
        <translation>Übersprungene leere Zeilen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out, and why:</source>
        <translation>Ausgelassen, und warum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People to add:</source>
        <translation>Neu hinzuzufügen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People to add</source>
        <translation>Neu hinzuzufügende Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who match someone — choose what to do with each:</source>
        <translation>Personen, die mit jemandem übereinstimmen – wählen Sie für jede, was geschehen soll:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People who match someone</source>
        <translation>Personen, die mit jemandem übereinstimmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected rows:</source>
        <translation>Ausgewählte Zeilen:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From %1 (%2). Nothing is written until you choose Import.</source>
        <translation>Aus %1 (%2). Nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 with a new job or title</source>
        <translation>%1 mit neuer Stelle oder Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listed below</source>
        <translation>unten aufgeführt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New organizations: %1</source>
        <translation>Neue Organisationen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People added for names only a recommendation or message gives: %1</source>
        <translation>Neu angelegte Personen, deren Namen nur eine Empfehlung oder Nachricht nennt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendations: %1</source>
        <translation>Neue Empfehlungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New events: %1</source>
        <translation>Neue Veranstaltungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated events: %1</source>
        <translation>Aktualisierte Veranstaltungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New interactions: %1</source>
        <translation>Neue Interaktionen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported before: %1</source>
        <translation>Schon früher importiert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-166"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup is restored whole into this empty database. A restore cannot be undone.</source>
        <translation>Die Sicherung wird vollständig in diese leere Datenbank wiederhergestellt. Eine Wiederherstellung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>People: %1 to create, %2 to merge, %3 to skip</source>
        <translation>Personen: %1 anlegen, %2 zusammenführen, %3 überspringen</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportRunPage</name>
    <message>
        <location filename="../../ui/interchange/ImportRunPages.cpp" line="+33"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing to the database. Cancel takes everything back.</source>
        <translation>Schreiben in die Datenbank. „Abbrechen“ nimmt alles zurück.</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportSummaryPage</name>
    <message>
        <location line="+34"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People added: %1</source>
        <translation>Hinzugefügte Personen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People updated: %1</source>
        <translation>Aktualisierte Personen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already up to date: %1</source>
        <translation>Bereits aktuell: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job changes kept as history: %1</source>
        <translation>Als Verlauf bewahrte Stellenwechsel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations added: %1</source>
        <translation>Hinzugefügte Organisationen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations added: %1</source>
        <translation>Hinzugefügte Empfehlungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events added: %1, updated: %2</source>
        <translation>Veranstaltungen hinzugefügt: %1, aktualisiert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions added: %1</source>
        <translation>Hinzugefügte Interaktionen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out (listed in the preview): %1</source>
        <translation>Ausgelassene Zeilen (in der Vorschau aufgeführt): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty rows skipped: %1</source>
        <translation>Übersprungene leere Zeilen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows restored: %1</source>
        <translation>Wiederhergestellte Zeilen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restore cannot be undone; the backup file stays as it was.</source>
        <translation>Eine Wiederherstellung lässt sich nicht rückgängig machen; die Sicherungsdatei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
</context>
<context>
    <name>kith::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/interchange/ImportWizard.cpp" line="+44"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot tell what %1 holds. It imports LinkedIn data exports (.zip or folder), vCard (.vcf), iCalendar (.ics), CSV and Kith backups (.json).</source>
        <translation>Kith kann nicht erkennen, was %1 enthält. Kith importiert LinkedIn-Datenexporte (.zip oder Ordner), vCard (.vcf), iCalendar (.ics), CSV und Kith-Sicherungen (.json).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 is too large to be a Kith backup.</source>
        <translation>%1 ist zu groß für eine Kith-Sicherung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is restored into an empty database, and this one holds records. Create one with File ▸ New Database…, then import the backup there.</source>
        <translation>Eine Sicherung wird in eine leere Datenbank wiederhergestellt, diese enthält aber Einträge. Legen Sie mit Datei ▸ Neue Datenbank … eine an und importieren Sie die Sicherung dort.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>kith::ui::InteractionEditor</name>
    <message>
        <location filename="../../ui/interactions/InteractionEditor.cpp" line="+25"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you talked about, what you promised…</source>
        <translation>Worüber Sie gesprochen haben, was Sie zugesagt haben …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;one on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Pick each person from the suggestions, or remove the row.</source>
        <translation>Wählen Sie jede Person aus den Vorschlägen oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick an event from the suggestions, or clear the field.</source>
        <translation>Wählen Sie eine Veranstaltung aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>kith::ui::InteractionsModel</name>
    <message>
        <location filename="../../ui/interactions/InteractionsModel.cpp" line="+42"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>Die Liste lässt sich nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (done)</source>
        <translation>%1 (erledigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kith::ui::InteractionsSection</name>
    <message>
        <location filename="../../ui/interactions/InteractionsSection.cpp" line="+32"/>
        <source>Open follow-ups only</source>
        <translation>Nur offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interactions by summary or person… (Ctrl+F)</source>
        <translation>Interaktionen nach Zusammenfassung oder Person durchsuchen … (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Edit Interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>Delete %n interaction(s)?</source>
        <translation>
            <numerusform>%n Interaktion löschen?</numerusform>
            <numerusform>%n Interaktionen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people stay. You can undo this (Ctrl+Z).</source>
        <translation>Die Personen bleiben erhalten. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion löschen</numerusform>
            <numerusform>%n Interaktionen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Tag %n interaction(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Interaktion hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Interaktionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Untag %n interaction(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Interaktion entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Interaktionen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No interaction matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Interaktion passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interactions logged yet.

Log one with New (Ctrl+Shift+N), from a person with Log Interaction (Ctrl+L), or with Quick Add (Ctrl+N).</source>
        <translation>Noch keine Interaktionen erfasst.

Erfassen Sie eine mit „Neu“ (Strg+Umschalt+N), bei einer Person mit „Interaktion erfassen“ (Strg+L) oder mit der Schnellerfassung (Strg+N).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark follow-up done</source>
        <translation>Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Snooze follow-up</source>
        <translation>Wiedervorlage zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/InteractionsSection.h" line="+21"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
</context>
<context>
    <name>kith::ui::ListSection</name>
    <message>
        <location filename="../../ui/widgets/ListSection.cpp" line="+55"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tag…</source>
        <translation>Schlagwort &amp;entfernen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Fit Columns to the List</source>
        <translation>Spalten an die Liste &amp;anpassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location line="+178"/>
        <source>Showing %n record(s): %1 — &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>
            <numerusform>Angezeigt wird %n Datensatz: %1 – &lt;a href=&quot;all&quot;&gt;alle anzeigen&lt;/a&gt;</numerusform>
            <numerusform>Angezeigt werden %n Datensätze: %1 – &lt;a href=&quot;all&quot;&gt;alle anzeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n selected. Delete, Add Tag and Remove Tag act on all of them.</source>
        <translation>
            <numerusform>%n ausgewählt. „Löschen“, „Schlagwort hinzufügen“ und „Schlagwort entfernen“ wirken auf alle.</numerusform>
            <numerusform>%n ausgewählt. „Löschen“, „Schlagwort hinzufügen“ und „Schlagwort entfernen“ wirken auf alle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag to add to %n record(s):</source>
        <translation>
            <numerusform>Schlagwort, das %n Datensatz hinzugefügt wird:</numerusform>
            <numerusform>Schlagwort, das %n Datensätzen hinzugefügt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag to remove from %n record(s):</source>
        <translation>
            <numerusform>Schlagwort, das von %n Datensatz entfernt wird:</numerusform>
            <numerusform>Schlagwort, das von %n Datensätzen entfernt wird:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/MainWindow.cpp" line="+74"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s backup was not written: %1</source>
        <translation>Die heutige Sicherung wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+231"/>
        <source>%1: %Ln shown</source>
        <translation>
            <numerusform>%1: %Ln angezeigt</numerusform>
            <numerusform>%1: %Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quick Add…</source>
        <translation>&amp;Schnellerfassung …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Everywhere…</source>
        <translation>&amp;Überall suchen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kith</source>
        <translation>Ü&amp;ber Kith</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 people · %2 organizations · %3 groups · %4 events · %5 interactions</source>
        <translation>%1 Personen · %2 Organisationen · %3 Gruppen · %4 Veranstaltungen · %5 Interaktionen</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+6"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>Kith databases (*.sqlite *.kith);;All files (*)</source>
        <translation>Kith-Datenbanken (*.sqlite *.kith);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 already exists. Choose Open to use it, or another name.</source>
        <translation>%1 existiert bereits. Wählen Sie „Öffnen“, um die Datei zu verwenden, oder einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-copy</source>
        <translation>-Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kith databases (*.sqlite *.kith)</source>
        <translation>Kith-Datenbanken (*.sqlite *.kith)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a different file than the open database.</source>
        <translation>Wählen Sie eine andere Datei als die geöffnete Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved a copy to %1</source>
        <translation>Kopie in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Kith</source>
        <translation>Über Kith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith %1

Your professional network, planned and remembered.
Your data stays in %2.</source>
        <translation>Kith %1

Ihr berufliches Netzwerk – geplant und gepflegt.
Ihre Daten bleiben in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/MainWindowInterchange.cpp" line="+23"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;vCard…</source>
        <translation>&amp;vCard …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i&amp;Calendar…</source>
        <translation>i&amp;Calendar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;Backup (JSON)…</source>
        <translation>Vollständige Sic&amp;herung (JSON) …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/MainWindowRestore.cpp" line="+21"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in %1 with the backup of %2?

What it holds now is kept as a backup first, so you can go back by restoring that. Undo history is cleared.</source>
        <translation>Alles in %1 durch die Sicherung vom %2 ersetzen?

Der jetzige Inhalt wird zuerst selbst gesichert; Sie können also zurück, indem Sie diese Sicherung wiederherstellen. Der Verlauf zum Rückgängigmachen wird geleert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored from %1. What it replaced is kept in %2.</source>
        <translation>Aus %1 wiederhergestellt. Was dabei ersetzt wurde, liegt in %2.</translation>
    </message>
</context>
<context>
    <name>kith::ui::MembershipEditor</name>
    <message>
        <location filename="../../ui/organizations/MembershipEditor.cpp" line="+52"/>
        <source>Pick %1 from the suggestions, or clear the field.</source>
        <translation>Wählen Sie %1 aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit Membership</source>
        <translation>Mitgliedschaft bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Membership</source>
        <translation>Neue Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for your own membership, or pick a contact.</source>
        <translation>Für Ihre eigene Mitgliedschaft leer lassen, sonst einen Kontakt wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>committee</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>officer</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues amount</source>
        <translation>Beitragshöhe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dues:</source>
        <translation>&amp;Beitrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid by:</source>
        <translation>Bezahlt &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;newal date:</source>
        <translation>Verlä&amp;ngerung am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;es:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>“%1” is not an amount; type one such as 120.00, or leave it empty.</source>
        <translation>„%1“ ist kein Betrag; geben Sie einen wie 120,00 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an organization</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your membership in %1</source>
        <translation>Ihre Mitgliedschaft bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1’s membership in %2</source>
        <translation>Mitgliedschaft von %1 bei %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>kith::ui::MembershipsModel</name>
    <message>
        <location filename="../../ui/organizations/MembershipsModel.cpp" line="+27"/>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>kith::ui::MembershipsSection</name>
    <message>
        <location filename="../../ui/organizations/MembershipsSection.cpp" line="+41"/>
        <source>Renewal due within %1 days</source>
        <translation>Verlängerung innerhalb von %1 Tagen fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by organization, member, role, notes… (Ctrl+F)</source>
        <translation>Nach Organisation, Mitglied, Rolle, Notizen … durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose</source>
        <translation>Wessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone’s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine only</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewals in the next %1 days, and overdue ones of memberships not lapsed</source>
        <translation>Verlängerungen in den nächsten %1 Tagen sowie überfällige von nicht abgelaufenen Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Edit Membership</source>
        <translation>Mitgliedschaft bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n membership(s)?</source>
        <translation>
            <numerusform>%n Mitgliedschaft löschen?</numerusform>
            <numerusform>%n Mitgliedschaften löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organizations and people stay. You can undo this (Ctrl+Z).</source>
        <translation>Organisationen und Personen bleiben erhalten. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Delete %n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft löschen</numerusform>
            <numerusform>%n Mitgliedschaften löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n membership(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Mitgliedschaft hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Mitgliedschaften hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Untag %n membership(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Mitgliedschaft entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Mitgliedschaften entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No membership matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Mitgliedschaft passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No memberships yet.

Record the associations you belong to, with their dues and renewal dates, using New (Ctrl+Shift+N). Your contacts&apos; memberships can go here too.</source>
        <translation>Noch keine Mitgliedschaften.

Erfassen Sie mit „Neu“ (Strg+Umschalt+N) die Verbände, denen Sie angehören, mit Beiträgen und Verlängerungsterminen. Auch die Mitgliedschaften Ihrer Kontakte können hier stehen.</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/MembershipsSection.h" line="+21"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
</context>
<context>
    <name>kith::ui::OrganizationEditor</name>
    <message>
        <location filename="../../ui/organizations/OrganizationEditor.cpp" line="+38"/>
        <location line="+93"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Social pages:</source>
        <translation>Social-&amp;Media-Seiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>S&amp;tadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>kith::ui::OrganizationsModel</name>
    <message>
        <location filename="../../ui/organizations/OrganizationsModel.cpp" line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member?</source>
        <translation>Mitglied?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You hold an active membership here.</source>
        <translation>Sie haben hier eine aktive Mitgliedschaft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>kith::ui::OrganizationsSection</name>
    <message>
        <location filename="../../ui/organizations/OrganizationsSection.cpp" line="+26"/>
        <source>Search organizations by name, place, notes… (Ctrl+F)</source>
        <translation>Organisationen nach Name, Ort, Notizen … durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n organizations?</source>
        <translation>
            <numerusform>%n Organisation löschen?</numerusform>
            <numerusform>%n Organisationen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The memberships held there go too. The people who work there stay, and so do the events it organized. You can undo this (Ctrl+Z).</source>
        <translation>Die Mitgliedschaften dort werden mitgelöscht. Die Personen, die dort arbeiten, bleiben erhalten, ebenso die ausgerichteten Veranstaltungen. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n organizations</source>
        <translation>
            <numerusform>%n Organisation löschen</numerusform>
            <numerusform>%n Organisationen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n organizations “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Organisation hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Organisationen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Untag %n organizations “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Organisation entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Organisationen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No organization matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Organisation passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No organizations yet.

Add an employer, a library or a professional association with New (Ctrl+Shift+N); organizations named in people&apos;s roles appear here too.</source>
        <translation>Noch keine Organisationen.

Fügen Sie mit „Neu“ (Strg+Umschalt+N) einen Arbeitgeber, eine Bibliothek oder einen Berufsverband hinzu; Organisationen aus den Rollen von Personen erscheinen hier ebenfalls.</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/OrganizationsSection.h" line="+20"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>kith::ui::PeopleModel</name>
    <message>
        <location filename="../../ui/people/PeopleModel.cpp" line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known since</source>
        <translation>Bekannt seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>kith::ui::PeopleSection</name>
    <message>
        <location filename="../../ui/people/PeopleSection.cpp" line="+25"/>
        <source>Search people by name, job, e-mail, notes… (Ctrl+F)</source>
        <translation>Personen nach Name, Beruf, E-Mail, Notizen … durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any relationship</source>
        <translation>Jede Beziehung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Log Interaction…</source>
        <translation>Interaktion &amp;erfassen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n people?</source>
        <translation>
            <numerusform>%n Person löschen?</numerusform>
            <numerusform>%n Personen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their recommendations, memberships and the interactions nobody else took part in go too. You can undo this (Ctrl+Z).</source>
        <translation>Ihre Empfehlungen, Mitgliedschaften und die Interaktionen, an denen sonst niemand beteiligt war, werden mitgelöscht. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tag %n people “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Person hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Untag %n people “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Person entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Personen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody matches. Clear the search (Esc) or the filters to see everyone.</source>
        <translation>Niemand passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people yet.

Add someone with New (Ctrl+Shift+N) or Quick Add (Ctrl+N), or import your LinkedIn connections or a vCard file from the File menu.</source>
        <translation>Noch keine Personen.

Fügen Sie jemanden mit „Neu“ (Strg+Umschalt+N) oder der Schnellerfassung (Strg+N) hinzu, oder importieren Sie Ihre LinkedIn-Kontakte oder eine vCard-Datei über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleSection.h" line="+21"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>kith::ui::PersonEditor</name>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="+41"/>
        <source>Pick %1 from the suggestions, or clear the field.</source>
        <translation>Wählen Sie %1 aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+197"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+4"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Kurzprofil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>S&amp;tadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met at e&amp;vent:</source>
        <translation>Getroffen auf &amp;Veranstaltung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met in gro&amp;up:</source>
        <translation>Kennengelernt in &amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Introduced by:</source>
        <translation>Vorgestellt v&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in touch every:</source>
        <translation>&amp;Kontakt halten alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known &amp;since:</source>
        <translation>Bekannt &amp;seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>an event</source>
        <translation>eine Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>kith::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="+102"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Professional-development budget (kept in this database)</source>
        <translation>Fortbildungsbudget (in dieser Datenbank gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yearly budget:</source>
        <translation>&amp;Jahresbudget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget</source>
        <translation>Jahresbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in</source>
        <translation>Geschäftsjahr beginnt im</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the last database</source>
        <translation>Die zuletzt verwendete Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask which database to open</source>
        <translation>Fragen, welche Datenbank geöffnet werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me of follow-ups, renewals and deadlines</source>
        <translation>An Wiedervorlagen, Verlängerungen und Fristen erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep in touch with new people every:</source>
        <translation>Mit neuen Personen in &amp;Kontakt bleiben alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind this far ahead:</source>
        <translation>So weit im Voraus &amp;erinnern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;start-up:</source>
        <translation>Beim &amp;Start:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default keep-in-touch cadence</source>
        <translation>Standard-Kontaktrhythmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder horizon</source>
        <translation>Erinnerungsvorlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At start-up</source>
        <translation>Beim Start</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” is not a currency code. Use three letters such as USD, EUR or CAD.</source>
        <translation>„%1“ ist kein Währungscode. Verwenden Sie drei Buchstaben wie USD, EUR oder CAD.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change budget settings</source>
        <translation>Budgeteinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>kith::ui::QuickAddDialog</name>
    <message>
        <location filename="../../ui/quickadd/QuickAddDialog.cpp" line="+30"/>
        <source>Quick Add</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to add</source>
        <translation>Was hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>kith::ui::QuickAddForm</name>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.cpp" line="+64"/>
        <source>Pick a person from the suggestions.</source>
        <translation>Wählen Sie eine Person aus den Vorschlägen.</translation>
    </message>
</context>
<context>
    <name>kith::ui::QuickInteractionForm</name>
    <message>
        <location line="+153"/>
        <source>What you talked about</source>
        <translation>Worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no follow-up</source>
        <translation>keine Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in </source>
        <translation>in </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up:</source>
        <translation>&amp;Wiedervorlage:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Log %1 with %2</source>
        <translation>%1 mit %2 erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.h" line="+77"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
</context>
<context>
    <name>kith::ui::QuickPersonForm</name>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.cpp" line="-183"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline, or title at organization</source>
        <translation>Kurzprofil oder Position bei Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Kurzprofil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.h" line="-50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>kith::ui::QuickRecommendationForm</name>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.cpp" line="+14"/>
        <source>Received (they recommend you)</source>
        <translation>Erhalten (die Person empfiehlt Sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given (you recommend them)</source>
        <translation>Gegeben (Sie empfehlen die Person)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-worker, professor…</source>
        <translation>Kollege/-in, Professor/-in …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Context:</source>
        <translation>&amp;Zusammenhang:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add recommendation for %1</source>
        <translation>Empfehlung für %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add recommendation from %1</source>
        <translation>Empfehlung von %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/quickadd/QuickAddForms.h" line="+25"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>kith::ui::RecommendationEditor</name>
    <message>
        <location filename="../../ui/recommendations/RecommendationEditor.cpp" line="+50"/>
        <source>Edit Recommendation</source>
        <translation>Empfehlung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Recommendation</source>
        <translation>Neue Empfehlung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>co-worker</source>
        <translation>Kollege/-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>professor</source>
        <translation>Professor/-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mentor</source>
        <translation>Mentor/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>Vorgesetzte/-r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classmate</source>
        <translation>Kommilitone/-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the recommendation says</source>
        <translation>Was in der Empfehlung steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;latform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Context:</source>
        <translation>&amp;Zusammenhang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested on:</source>
        <translation>An&amp;gefragt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Received &amp;on:</source>
        <translation>Erhalten &amp;am:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Given &amp;on:</source>
        <translation>Gegeben &amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Pick a person from the suggestions.</source>
        <translation>Wählen Sie eine Person aus den Vorschlägen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add recommendation for %1</source>
        <translation>Empfehlung für %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add recommendation from %1</source>
        <translation>Empfehlung von %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit recommendation of %1</source>
        <translation>Empfehlung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>kith::ui::RecommendationsModel</name>
    <message>
        <location filename="../../ui/recommendations/RecommendationsModel.cpp" line="+44"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>Die Liste lässt sich nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Given on %1</source>
        <translation>Gegeben am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on %1</source>
        <translation>Erhalten am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested on %1</source>
        <translation>Angefragt am %1</translation>
    </message>
</context>
<context>
    <name>kith::ui::RecommendationsSection</name>
    <message>
        <location filename="../../ui/recommendations/RecommendationsSection.cpp" line="+28"/>
        <source>Search recommendations by person or text… (Ctrl+F)</source>
        <translation>Empfehlungen nach Person oder Text durchsuchen … (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given and received</source>
        <translation>Gegeben und erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommend Them &amp;Back…</source>
        <translation>Im &amp;Gegenzug empfehlen …</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit Recommendation</source>
        <translation>Empfehlung bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Recommend Them Back</source>
        <translation>Im Gegenzug empfehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a recommendation you received, from someone who has none from you on its way or given, can be returned.</source>
        <translation>Erwidern lässt sich nur eine erhaltene Empfehlung, und nur, wenn Sie der Person noch keine gegeben oder auf den Weg gebracht haben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the recommendation for %1</source>
        <translation>die Empfehlung für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation from %1</source>
        <translation>die Empfehlung von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n recommendations?</source>
        <translation>
            <numerusform>%n Empfehlung löschen?</numerusform>
            <numerusform>%n Empfehlungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n recommendations</source>
        <translation>
            <numerusform>%n Empfehlung löschen</numerusform>
            <numerusform>%n Empfehlungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n recommendations “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Empfehlung hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Empfehlungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Untag %n recommendations “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Empfehlung entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Empfehlungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No recommendation matches. Clear the search (Esc) or the filters to see them all.</source>
        <translation>Keine Empfehlung passt. Leeren Sie die Suche (Esc) oder die Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendations yet.

Record one you gave or received with New (Ctrl+Shift+N) or Quick Add (Ctrl+N), or import your LinkedIn recommendations from the File menu.</source>
        <translation>Noch keine Empfehlungen.

Erfassen Sie eine gegebene oder erhaltene Empfehlung mit „Neu“ (Strg+Umschalt+N) oder der Schnellerfassung (Strg+N), oder importieren Sie Ihre LinkedIn-Empfehlungen über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/RecommendationsSection.h" line="+22"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>kith::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="+25"/>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen …</translation>
    </message>
</context>
<context>
    <name>kith::ui::Reminders</name>
    <message>
        <location filename="../../ui/dashboard/Reminders.cpp" line="+47"/>
        <source>Follow up with %1: %2</source>
        <translation>Wiedervorlage mit %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renew your %1 membership</source>
        <translation>Ihre Mitgliedschaft bei %1 verlängern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 deadline: %2</source>
        <translation>Frist „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Kith: %n thing(s) due today</source>
        <translation>
            <numerusform>Kith: heute ist %n Punkt fällig</numerusform>
            <numerusform>Kith: heute sind %n Punkte fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ui::RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/mainwindow/RestoreBackupDialog.cpp" line="+23"/>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade of Kith</source>
        <translation>vor einer Aktualisierung von Kith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file a restore replaced</source>
        <translation>eine bei einer Wiederherstellung ersetzte Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no backups of %1 in %2 yet. Kith writes one on the first day you open the database, and before every upgrade or restore.</source>
        <translation>Von %1 gibt es in %2 noch keine Sicherungen. Kith legt eine am ersten Tag an, an dem Sie die Datenbank öffnen, und vor jeder Aktualisierung oder Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to bring back. What the database holds now is kept as a backup of its own first, so a restore can be undone by restoring that.</source>
        <translation>Wählen Sie die Sicherung, die zurückgeholt werden soll. Der jetzige Inhalt der Datenbank wird zuerst selbst gesichert; eine Wiederherstellung lässt sich also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>kith::ui::RowTable</name>
    <message>
        <location filename="../../ui/widgets/RowTable.cpp" line="+28"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>kith::ui::TagsEdit</name>
    <message>
        <location filename="../../ui/widgets/TagsEdit.cpp" line="+16"/>
        <source>e.g. mentors, job search</source>
        <translation>z. B. Mentoren, Jobsuche</translation>
    </message>
</context>
<context>
    <name>kith::ui::eventtables</name>
    <message>
        <location filename="../../ui/events/EventEditorTables.cpp" line="+72"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Session %1: write the time as 14:30.</source>
        <translation>Programmpunkt %1: Schreiben Sie die Uhrzeit als 14:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session %1: a time needs a date.</source>
        <translation>Programmpunkt %1: Eine Uhrzeit braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row %1: pick the person from the suggestions, or clear the row.</source>
        <translation>Zeile %1: Wählen Sie die Person aus den Vorschlägen oder leeren Sie die Zeile.</translation>
    </message>
</context>
<context>
    <name>kith::validation</name>
    <message>
        <location filename="../../core/model/Validation.cpp" line="+114"/>
        <source>A tag</source>
        <translation>Ein Schlagwort</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+35"/>
        <location line="+27"/>
        <location line="+35"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A phone number cannot be empty.</source>
        <translation>Eine Telefonnummer darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A role needs a title or an organization.</source>
        <translation>Eine Rolle braucht eine Position oder eine Organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody is introduced to you by themselves.</source>
        <translation>Niemand wird Ihnen von sich selbst vorgestellt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A membership needs an organization.</source>
        <translation>Eine Mitgliedschaft braucht eine Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A group cannot be discovered through itself.</source>
        <translation>Eine Gruppe kann nicht über sich selbst gefunden werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A recommendation needs the person who gave or received it.</source>
        <translation>Eine Empfehlung braucht die Person, die sie gegeben oder erhalten hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recommendation you give cannot be “received”.</source>
        <translation>Eine Empfehlung, die Sie geben, kann nicht „erhalten“ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation you receive cannot be “given”.</source>
        <translation>Eine Empfehlung, die Sie erhalten, kann nicht „gegeben“ sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The event ends before it starts.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event with an end date needs a start date.</source>
        <translation>Eine Veranstaltung mit Enddatum braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A deadline needs a date.</source>
        <translation>Eine Frist braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session title</source>
        <translation>Der Titel eines Programmpunkts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This refers to a person who does not exist.</source>
        <translation>Dies verweist auf eine Person, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An interaction needs a date.</source>
        <translation>Eine Interaktion braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interaction needs at least one person.</source>
        <translation>Eine Interaktion braucht mindestens eine Person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up can only be done when one was planned.</source>
        <translation>Eine Wiedervorlage kann nur erledigt werden, wenn eine geplant war.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tag name</source>
        <translation>Der Name des Schlagworts</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.h" line="+38"/>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner dieser Werte: %2.</translation>
    </message>
</context>
<context>
    <name>kith::validation::Problems</name>
    <message>
        <location filename="../../core/model/Validation.cpp" line="-301"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This text is longer than %1 characters.</source>
        <translation>Dieser Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation>„%1“ ist keine Webadresse (erwartet: https://…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep-in-touch cadence must be between 1 and %1 days.</source>
        <translation>Der Kontaktrhythmus muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a currency code such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode wie USD oder EUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This refers to a record that does not exist.</source>
        <translation>Dies verweist auf einen Datensatz, den es nicht gibt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A profile link cannot be empty.</source>
        <translation>Ein Profillink darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>kith::vcard</name>
    <message>
        <location filename="../../core/interchange/vcard/VCardReader.cpp" line="+213"/>
        <source>%1 holds no contacts.</source>
        <translation>%1 enthält keine Kontakte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a vCard file (there is no BEGIN:VCARD line).</source>
        <translation>dies ist keine vCard-Datei (es gibt keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is too large for a vCard file (%2 MB; at most %3 MB).</source>
        <translation>%1 ist zu groß für eine vCard-Datei (%2 MB; höchstens %3 MB).</translation>
    </message>
    <message>
        <location filename="../../core/interchange/vcard/VCardWriter.cpp" line="+352"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kith::vcard::FileReader</name>
    <message>
        <location filename="../../core/interchange/vcard/VCardReader.cpp" line="-126"/>
        <source>not a vCard property; the line was ignored.</source>
        <translation>keine vCard-Eigenschaft; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>text outside any card; the line was ignored.</source>
        <translation>Text außerhalb einer Karte; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1: %2 more lines were ignored.</source>
        <translation>%1: %2 weitere Zeilen wurden ignoriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a vCard; the line was ignored.</source>
        <translation>keine vCard; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>END:VCARD without BEGIN:VCARD; the line was ignored.</source>
        <translation>END:VCARD ohne BEGIN:VCARD; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the card has no END:VCARD; it was read up to line %1.</source>
        <translation>die Karte hat kein END:VCARD; sie wurde bis Zeile %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>kith::vcard::detail::CardBuilder</name>
    <message>
        <location filename="../../core/interchange/vcard/VCardCard.cpp" line="+207"/>
        <source>%1 is not an e-mail address; it was left out.</source>
        <translation>%1 ist keine E-Mail-Adresse; sie wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 is not a web address; it was left out.</source>
        <translation>%1 ist keine Webadresse; sie wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The social profile %1 has no web address; it was left out.</source>
        <translation>Das Social-Media-Profil %1 hat keine Webadresse; es wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The photo could not be decoded; it was left out.</source>
        <translation>Das Foto ließ sich nicht dekodieren; es wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The card&apos;s name is empty (FN and N hold no name).</source>
        <translation>Der Name auf der Karte ist leer (FN und N enthalten keinen Namen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card has no name (neither FN nor N).</source>
        <translation>Die Karte hat keinen Namen (weder FN noch N).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Birthday: %1</source>
        <translation>Geburtstag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
</context>
</TS>
