#include "support/TestDatabase.h"

#include "demo/DemoNetwork.h"
#include "interchange/backup/Backup.h"
#include "storage/BulkWriter.h"
#include "storage/PersonStore.h"
#include "storage/Search.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Every row of every table, all columns, in a fixed order; the search index by its content
// (its shadow tables are FTS5's private layout, which depends on how rows were inserted).
using Dump = QMap<QString, QList<QVariantList>>;

QList<QVariantList> rows(const Database &db, const QString &select)
{
    QSqlQuery query(db.connection());
    if (!query.exec(select))
        qFatal("%s: %s", qPrintable(select), qPrintable(query.lastError().text()));
    QList<QVariantList> result;
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < query.record().count(); ++c)
            row.append(query.value(c));
        result.append(row);
    }
    return result;
}

Dump dump(const Database &db)
{
    Dump result;
    const QList<QVariantList> tables =
        rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                "NOT LIKE 'search_index%' AND name NOT LIKE 'sqlite_%'"));
    for (const QVariantList &table : tables) {
        const QString name = table.first().toString();
        QSqlQuery probe(db.connection());
        probe.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(name));
        QStringList order;
        for (int c = 1; c <= probe.record().count(); ++c)
            order.append(QString::number(c));
        result.insert(name, rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                                         .arg(name, order.join(QLatin1Char(',')))));
    }
    // The schema itself, so a restore that dropped a trigger and failed to bring it back shows.
    result.insert(QStringLiteral("sqlite_schema"),
                  rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                          "ORDER BY type, name")));
    result.insert(QStringLiteral("search_index (content)"),
                  rows(db, QStringLiteral("SELECT rowid, kind, entity_id, title, body FROM "
                                          "search_index ORDER BY rowid")));
    return result;
}

void compareDumps(const Dump &actual, const Dump &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QList<QVariantList> &got = actual.value(it.key());
        QVERIFY2(got.size() == it.value().size(),
                 qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                                .arg(it.key())
                                .arg(got.size())
                                .arg(it.value().size())));
        for (qsizetype r = 0; r < got.size(); ++r) {
            QVERIFY2(got.at(r) == it.value().at(r),
                     qPrintable(QStringLiteral("%1, row %2 differs").arg(it.key()).arg(r + 1)));
        }
    }
}

QByteArray photoBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

// The demo network plus a person whose fields are awkward for JSON: a photo of every byte,
// quotes, backslashes, control characters, emoji and a line break.
void fillAwkwardNetwork(Database &db)
{
    Status demo = demo::populate(db, TestDatabase::today());
    QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    Person awkward;
    awkward.displayName = QStringLiteral("Zoë \"Zed\" O'Hara \\ 🦊");
    awkward.givenName = QStringLiteral("Zoë");
    awkward.notes = QStringLiteral("Line one\nLine two\ttabbed\x01\x1f end");
    awkward.photo = photoBytes();
    awkward.emails = {{QStringLiteral("zed@example.org"), QStringLiteral("work")}};
    awkward.tags = {QStringLiteral("fox")};
    Result<Id> id = PersonStore(db).create(awkward);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
}

QByteArray demoBackup()
{
    static const QByteArray json = [] {
        TestDatabase source;
        fillAwkwardNetwork(source.db());
        Result<QByteArray> written = backup::write(source.db());
        return written.ok() ? *written : QByteArray();
    }();
    return json;
}

// The demo backup with its document changed by `edit`.
template <typename Edit>
QByteArray edited(Edit edit)
{
    QJsonObject root = QJsonDocument::fromJson(demoBackup()).object();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Changes the first row of `table` with `edit`.
template <typename Edit>
QByteArray editedRow(const QString &table, Edit edit)
{
    return edited([&](QJsonObject &root) {
        QJsonObject tables = root.value(QLatin1String("tables")).toObject();
        QJsonArray list = tables.value(table).toArray();
        QJsonObject row = list.first().toObject();
        edit(row);
        list.replace(0, row);
        tables.insert(table, list);
        root.insert(QLatin1String("tables"), tables);
    });
}

QStringList searchTitles(const Database &db, const QString &text)
{
    Result<QList<SearchHit>> hits = Search(db).search(text);
    QStringList titles;
    if (hits) {
        for (const SearchHit &hit : *hits)
            titles.append(hit.title + QLatin1Char('#') + QString::number(hit.id));
    }
    return titles;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreReproducesEveryTableRowByRow()
    {
        TestDatabase source;
        fillAwkwardNetwork(source.db());
        Result<QByteArray> json = backup::write(source.db());
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));

        TestDatabase target;
        Result<backup::Summary> restored = backup::restore(target.db(), *json);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));

        const Dump expected = dump(source.db());
        QVERIFY(expected.value(QStringLiteral("person")).size() > 10);
        QVERIFY(!expected.value(QStringLiteral("person_photo")).isEmpty());
        QVERIFY(!expected.value(QStringLiteral("setting")).isEmpty());
        compareDumps(dump(target.db()), expected);
        QCOMPARE(restored->rowCount(QStringLiteral("person")),
                 expected.value(QStringLiteral("person")).size());

        // And the search finds the same records, found by the index the triggers rebuilt.
        for (const QString &text :
             {QStringLiteral("okafor"), QStringLiteral("librar"), QStringLiteral("denver"),
              QStringLiteral("zed@"), QStringLiteral("ALA"), QStringLiteral("coffee")}) {
            const QStringList before = searchTitles(source.db(), text);
            QVERIFY2(!before.isEmpty(), qPrintable(text));
            QCOMPARE(searchTitles(target.db(), text), before);
        }

        // The search triggers are back: a person added after the restore is found.
        Person later;
        later.displayName = QStringLiteral("Quentin Restoredafter");
        QVERIFY(PersonStore(target.db()).create(later).ok());
        QCOMPARE(searchTitles(target.db(), QStringLiteral("restoredafter")).size(), 1);
    }

    void documentCarriesEveryTableWithTypedValues()
    {
        const QJsonDocument document = QJsonDocument::fromJson(demoBackup());
        QVERIFY(document.isObject());
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("kith-backup"));
        QCOMPARE(root.value(QLatin1String("version")).toInteger(), qint64(1));
        QCOMPARE(root.value(QLatin1String("schema_version")).toInteger(),
                 qint64(Database::schemaVersion));
        QCOMPARE(root.value(QLatin1String("exported_at")).toString(),
                 QStringLiteral("2026-03-15T10:00:00Z"));

        TestDatabase empty;
        QStringList expectedTables = dump(empty.db()).keys();
        expectedTables.removeAll(QStringLiteral("search_index (content)"));
        expectedTables.removeAll(QStringLiteral("sqlite_schema"));
        // Derived tables are rebuilt by their triggers as the records come back.
        expectedTables.removeIf(
            [](const QString &table) { return table.startsWith(QLatin1String("derived_")); });
        const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
        QStringList written = tables.keys();
        std::sort(expectedTables.begin(), expectedTables.end());
        QCOMPARE(written, expectedTables);

        const QJsonArray people = tables.value(QLatin1String("person")).toArray();
        const QJsonObject first = people.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(first.value(QLatin1String("id")).toInteger(), qint64(1));
        QVERIFY(first.value(QLatin1String("uid")).isNull());
        qint64 previous = 0;
        for (const QJsonValue &person : people) { // in id order
            QVERIFY(person.toObject().value(QLatin1String("id")).toInteger() > previous);
            previous = person.toObject().value(QLatin1String("id")).toInteger();
        }
        const QJsonObject photo =
            tables.value(QLatin1String("person_photo")).toArray().first().toObject();
        QCOMPARE(QByteArray::fromBase64(photo.value(QLatin1String("data")).toString().toLatin1()),
                 photoBytes());
    }

    void checkCountsWithoutWriting()
    {
        TestDatabase target;
        const Dump before = dump(target.db());
        Result<backup::Summary> summary = backup::check(target.db(), demoBackup());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->schemaVersion, Database::schemaVersion);
        QVERIFY(summary->rowCount(QStringLiteral("person")) > 10);
        QVERIFY(summary->totalRows() > summary->rowCount(QStringLiteral("person")));
        compareDumps(dump(target.db()), before);
    }

    void restoreAnnouncesEveryKind()
    {
        TestDatabase target;
        QList<Change> changes;
        connect(&target.db(), &Database::changed, this,
                [&](const Change &change) { changes.append(change); });
        Result<backup::Summary> restored = backup::restore(target.db(), demoBackup());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QList<EntityKind> kinds;
        for (const Change &change : std::as_const(changes)) {
            QCOMPARE(change.type, ChangeType::Reset);
            kinds.append(change.kind);
        }
        QVERIFY(kinds.contains(EntityKind::Person));
        QVERIFY(kinds.contains(EntityKind::Event));
        QVERIFY(kinds.contains(EntityKind::Setting));
    }

    void fileRoundTripIsPrivate()
    {
        TestDatabase source;
        fillAwkwardNetwork(source.db());
        const QString path = source.dir() + QStringLiteral("/network.kith-backup.json");
        Status written = backup::writeFile(source.db(), path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        TestDatabase target;
        Result<backup::Summary> restored = backup::restoreFile(target.db(), path);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        compareDumps(dump(target.db()), dump(source.db()));

        TestDatabase other;
        Result<backup::Summary> missing =
            backup::restoreFile(other.db(), source.dir() + QStringLiteral("/absent.json"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::Io);
    }

    void backupFromAnOlderSchemaRestores()
    {
        const QByteArray older = edited([](QJsonObject &root) {
            root.insert(QLatin1String("schema_version"), Database::schemaVersion - 1);
        });
        TestDatabase target;
        Result<backup::Summary> restored = backup::restore(target.db(), older);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored->schemaVersion, Database::schemaVersion - 1);
    }

    void refusalsLeaveTheTargetUnchanged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("targetHoldsData");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("a target that holds data")
            << demoBackup() << true << ErrorCode::Conflict << QStringLiteral("empty");
        QTest::newRow("a backup from a newer schema") << edited([](QJsonObject &root) {
            root.insert(QLatin1String("schema_version"), Database::schemaVersion + 1);
        }) << false << ErrorCode::NewerSchema << QStringLiteral("newer");
        QTest::newRow("a newer backup format")
            << edited([](QJsonObject &root) { root.insert(QLatin1String("version"), 2); }) << false
            << ErrorCode::NewerSchema << QStringLiteral("newer");
        QTest::newRow("another program's JSON") << edited([](QJsonObject &root) {
            root.insert(QLatin1String("format"), QStringLiteral("contacts"));
        }) << false << ErrorCode::Parse << QStringLiteral("kith-backup");
        QTest::newRow("binary garbage") << QByteArray("PK\x03\x04\x00\xff\xfe garbage", 16) << false
                                        << ErrorCode::Parse << QStringLiteral("line 1");
        QTest::newRow("a truncated document")
            << demoBackup().left(demoBackup().size() * 2 / 3) << false << ErrorCode::Parse
            << QStringLiteral("line");
        QTest::newRow("an empty file")
            << QByteArray() << false << ErrorCode::Parse << QStringLiteral("empty");
        QTest::newRow("a table name with SQL in it") << edited([](QJsonObject &root) {
            QJsonObject tables = root.value(QLatin1String("tables")).toObject();
            tables.insert(QStringLiteral("tag\"; DROP TABLE person; --"), QJsonArray());
            root.insert(QLatin1String("tables"), tables);
        }) << false << ErrorCode::Parse << QStringLiteral("unknown table");
        QTest::newRow("a column name with SQL in it")
            << editedRow(QStringLiteral("tag"),
                         [](QJsonObject &row) {
                             row.insert(QStringLiteral("name) VALUES ('x'); DROP TABLE tag; --"),
                                        1);
                         })
            << false << ErrorCode::Parse << QStringLiteral("unknown column");
        QTest::newRow("text in an integer column")
            << editedRow(
                   QStringLiteral("person"),
                   [](QJsonObject &row) { row.insert(QLatin1String("id"), QStringLiteral("one")); })
            << false << ErrorCode::Parse << QStringLiteral("column “id”");
        QTest::newRow("a number in a text column")
            << editedRow(QStringLiteral("person"),
                         [](QJsonObject &row) { row.insert(QLatin1String("display_name"), 7); })
            << false << ErrorCode::Parse << QStringLiteral("display_name");
        for (const qint64 id : {std::numeric_limits<qint64>::min(), qint64(0),
                                std::numeric_limits<qint64>::max() / 16 + 1}) {
            QTest::addRow("an id of %lld", id)
                << editedRow(QStringLiteral("person"),
                             [&](QJsonObject &row) { row.insert(QLatin1String("id"), id); })
                << false << ErrorCode::Parse
                << QStringLiteral("table “person”, row 1: column “id”: an id must be from 1 to");
        }
        QTest::newRow("a fraction in an integer column")
            << editedRow(QStringLiteral("person"),
                         [](QJsonObject &row) { row.insert(QLatin1String("id"), 1.5); })
            << false << ErrorCode::Parse << QStringLiteral("an integer");
        QTest::newRow("a photo that is not base64")
            << editedRow(QStringLiteral("person_photo"),
                         [](QJsonObject &row) {
                             row.insert(QLatin1String("data"), QStringLiteral("not*base64!"));
                         })
            << false << ErrorCode::Parse << QStringLiteral("base64");
        QTest::newRow("a row that is not an object") << edited([](QJsonObject &root) {
            QJsonObject tables = root.value(QLatin1String("tables")).toObject();
            tables.insert(QStringLiteral("tag"), QJsonArray{1, 2});
            root.insert(QLatin1String("tables"), tables);
        }) << false << ErrorCode::Parse << QStringLiteral("row 1");
        QTest::newRow("a row without a column the others have") << edited([](QJsonObject &root) {
            QJsonObject tables = root.value(QLatin1String("tables")).toObject();
            QJsonArray list = tables.value(QLatin1String("person")).toArray();
            QJsonObject second = list.at(1).toObject();
            second.remove(QLatin1String("headline"));
            list.replace(1, second);
            tables.insert(QLatin1String("person"), list);
            root.insert(QLatin1String("tables"), tables);
        }) << false << ErrorCode::Parse << QStringLiteral("row 2");
        QTest::newRow("a reference to a record the backup lacks")
            << editedRow(QStringLiteral("person_email"),
                         [](QJsonObject &row) { row.insert(QLatin1String("person_id"), 999999); })
            << false << ErrorCode::Parse << QStringLiteral("person_email");
        QTest::newRow("a row breaking a rule of the schema")
            << editedRow(QStringLiteral("person"),
                         [](QJsonObject &row) {
                             row.insert(QLatin1String("display_name"), QStringLiteral("   "));
                         })
            << false << ErrorCode::Parse << QStringLiteral("row 1");
        QTest::newRow("two rows with one id") << edited([](QJsonObject &root) {
            QJsonObject tables = root.value(QLatin1String("tables")).toObject();
            QJsonArray list = tables.value(QLatin1String("organization")).toArray();
            QJsonObject second = list.at(1).toObject();
            second.insert(QLatin1String("id"), list.at(0).toObject().value(QLatin1String("id")));
            list.replace(1, second);
            tables.insert(QLatin1String("organization"), list);
            root.insert(QLatin1String("tables"), tables);
        }) << false << ErrorCode::Parse << QStringLiteral("row 2");
    }

    void refusalsLeaveTheTargetUnchanged()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, targetHoldsData);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mentions);

        TestDatabase target;
        if (targetHoldsData) {
            Person someone;
            someone.displayName = QStringLiteral("Already Here");
            QVERIFY(PersonStore(target.db()).create(someone).ok());
        }
        const Dump before = dump(target.db());
        QList<Change> changes;
        connect(&target.db(), &Database::changed, this,
                [&](const Change &change) { changes.append(change); });

        Result<backup::Summary> restored = backup::restore(target.db(), json);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code(), code);
        QVERIFY2(restored.errorMessage().contains(mentions), qPrintable(restored.errorMessage()));
        compareDumps(dump(target.db()), before);
        QVERIFY(changes.isEmpty());

        Result<backup::Summary> checked = backup::check(target.db(), json);
        QVERIFY(!checked.ok() || code == ErrorCode::Parse); // rule breaks show only on writing
        compareDumps(dump(target.db()), before);
    }

    void textWithANulCharacterIsRestoredWhole()
    {
        const QString name = QStringLiteral("Ada") + QChar(0) + QStringLiteral(" Quillfeather");
        const QString notes = QChar(0) + QStringLiteral("after a NUL");
        Id id = 0;
        const QByteArray json = editedRow(QStringLiteral("person"), [&](QJsonObject &row) {
            id = row.value(QLatin1String("id")).toInteger();
            row.insert(QLatin1String("display_name"), name);
            row.insert(QLatin1String("notes"), notes);
        });
        QVERIFY(json.contains("Ada\\u0000 Quillfeather"));

        TestDatabase target;
        Result<backup::Summary> restored = backup::restore(target.db(), json);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        Result<Person> person = PersonStore(target.db()).get(id);
        QVERIFY2(person.ok(), qPrintable(person.errorMessage()));
        QCOMPARE(person->displayName, name);
        QCOMPARE(person->notes, notes);
        // The words after the NUL are searched too, and the next backup carries them.
        QCOMPARE(searchTitles(target.db(), QStringLiteral("quillfeather")),
                 QStringList{name + QLatin1Char('#') + QString::number(id)});
        Result<QByteArray> again = backup::write(target.db());
        QVERIFY(again.ok());
        QVERIFY(again->contains("Ada\\u0000 Quillfeather"));
    }

    void theLargestIdRestoresAndIsFound()
    {
        const qint64 largest = std::numeric_limits<qint64>::max() / 16;
        const QByteArray json = edited([&](QJsonObject &root) {
            QJsonObject tables = root.value(QLatin1String("tables")).toObject();
            QJsonArray people = tables.value(QLatin1String("person")).toArray();
            QJsonObject person = people.first().toObject();
            person.insert(QLatin1String("id"), largest);
            person.insert(QLatin1String("uid"), QJsonValue::Null);
            person.insert(QLatin1String("display_name"), QStringLiteral("Zed Quillfeather"));
            people.append(person);
            tables.insert(QLatin1String("person"), people);
            root.insert(QLatin1String("tables"), tables);
        });
        TestDatabase target;
        Result<backup::Summary> restored = backup::restore(target.db(), json);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(searchTitles(target.db(), QStringLiteral("quillfeather")),
                 QStringList{QStringLiteral("Zed Quillfeather#%1").arg(largest)});
    }

    void manyPeopleRoundTrip()
    {
        constexpr int count = 5000;
        TestDatabase source;
        {
            QList<Organization> organizations(20);
            for (int i = 0; i < organizations.size(); ++i)
                organizations[i].name = QStringLiteral("Library %1").arg(i);
            BulkWriter writer(source.db());
            Result<QList<Id>> orgIds = writer.addOrganizations(organizations);
            QVERIFY2(orgIds.ok(), qPrintable(orgIds.errorMessage()));
            QList<Person> people(count);
            for (int i = 0; i < count; ++i) {
                Person &p = people[i];
                p.displayName = QStringLiteral("Person %1").arg(i);
                p.emails = {{QStringLiteral("p%1@example.org").arg(i), {}}};
                p.roles = {{0, orgIds->at(i % 20), {}, QStringLiteral("Librarian"), {}, {}}};
                p.tags = {QStringLiteral("t%1").arg(i % 7)};
            }
            QVERIFY(writer.addPeople(people).ok());
            Status committed = writer.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.errorMessage()));
        }
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> json = backup::write(source.db());
        QVERIFY(json.ok());
        const qint64 writeMs = timer.restart();
        TestDatabase target;
        Result<backup::Summary> restored = backup::restore(target.db(), *json);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        qInfo("%d people: backup written in %lld ms (%lld KiB), restored in %lld ms", count,
              writeMs, qint64(json->size() / 1024), timer.elapsed());
        QCOMPARE(restored->rowCount(QStringLiteral("person")), qsizetype(count));
        compareDumps(dump(target.db()), dump(source.db()));
        QCOMPARE(searchTitles(target.db(), QStringLiteral("Library 7")).size(),
                 searchTitles(source.db(), QStringLiteral("Library 7")).size());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
