#include "support/TestDatabase.h"

#include "storage/ChangeRecorder.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

class TestChangeRecorder : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Database &db, const QString &statement)
    {
        Query query(db, statement);
        return query.scalar().valueOr(-1);
    }
    static qint64 searchCount(Database &db, const QString &text)
    {
        Query query(db,
                    QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"));
        query.bind(sql::ftsPrefixQuery(text));
        return query.scalar().valueOr(-1);
    }
    static Person ada()
    {
        Person p;
        p.displayName = QStringLiteral("Ada Lovelace");
        p.emails = {{QStringLiteral("ada@example.org"), {}}};
        p.tags = {QStringLiteral("math")};
        return p;
    }
    static void exec(Database &db, const QString &statement)
    {
        Query query(db, statement);
        QVERIFY2(query.exec().ok(), qPrintable(statement));
    }

private Q_SLOTS:
    void undoAndRedoACreate()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        ChangeRecorder recorder(fixture.db());
        const Id id = store.create(ada()).value();
        const QByteArray changeset = recorder.take().value();
        QVERIFY(!changeset.isEmpty());
        QCOMPARE(kindsInChangeset(changeset),
                 (QSet<EntityKind>{EntityKind::Person, EntityKind::Tag}));

        QVERIFY(applyChangeset(fixture.db(), changeset, ApplyDirection::Backward));
        QCOMPARE(store.get(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM person_email")), 0);
        QCOMPARE(searchCount(fixture.db(), QStringLiteral("lovelace")), 0);

        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(applyChangeset(fixture.db(), changeset, ApplyDirection::Forward));
        const Person back = store.get(id).value();
        QCOMPARE(back.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(back.emails.size(), 1);
        QCOMPARE(back.tags, QStringList{QStringLiteral("math")});
        QCOMPARE(searchCount(fixture.db(), QStringLiteral("lovelace")), 1);
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Reset);
    }

    void undoAnEditRestoresTheSearchIndex()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Id id = store.create(ada()).value();
        Person edited = store.get(id).value();
        edited.displayName = QStringLiteral("Augusta King");
        ChangeRecorder recorder(fixture.db());
        QVERIFY(store.update(edited));
        const QByteArray changeset = recorder.take().value();

        QVERIFY(applyChangeset(fixture.db(), changeset, ApplyDirection::Backward));
        QCOMPARE(store.get(id)->displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(searchCount(fixture.db(), QStringLiteral("augusta")), 0);
        QCOMPARE(searchCount(fixture.db(), QStringLiteral("lovelace")), 1);
    }

    void undoADeleteBringsBackWhatCascaded()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Id ada = store.create(TestChangeRecorder::ada()).value();
        Person bob;
        bob.displayName = QStringLiteral("Bob");
        const Id bobId = store.create(bob).value();
        exec(fixture.db(),
             QStringLiteral("INSERT INTO interaction(id, occurred_on, kind, summary, "
                            "created_at, updated_at) VALUES (1, '2026-01-02', 'call', "
                            "'solo', 'x', 'x'), (2, '2026-01-03', 'met', 'shared', 'x', 'x')"));
        exec(fixture.db(),
             QStringLiteral("INSERT INTO interaction_person VALUES (1, %1, '2026-01-02'), "
                            "(2, %1, '2026-01-03'), (2, %2, '2026-01-03')")
                 .arg(ada)
                 .arg(bobId));

        ChangeRecorder recorder(fixture.db());
        QVERIFY(store.remove(ada));
        const QByteArray changeset = recorder.take().value();
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM interaction")), 1);

        QVERIFY(applyChangeset(fixture.db(), changeset, ApplyDirection::Backward));
        QCOMPARE(store.get(ada)->emails.size(), 1);
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM interaction")), 2);
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM interaction_person")),
                 3);
        QCOMPARE(searchCount(fixture.db(), QStringLiteral("solo")), 1);
        QCOMPARE(
            scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
            0);
    }

    void changesMadeByTriggersDoNotBlockUndo()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Id ada = store.create(TestChangeRecorder::ada()).value();
        exec(fixture.db(),
             QStringLiteral("INSERT INTO interaction(id, occurred_on, kind, created_at, "
                            "updated_at) VALUES (1, '2026-01-02', 'call', 'x', 'x')"));
        exec(
            fixture.db(),
            QStringLiteral("INSERT INTO interaction_person VALUES (1, %1, '2026-01-02')").arg(ada));
        ChangeRecorder recorder(fixture.db());
        exec(fixture.db(),
             QStringLiteral("UPDATE interaction SET occurred_on = '2026-02-01' WHERE id = 1"));
        const QByteArray changeset = recorder.take().value();

        QVERIFY(applyChangeset(fixture.db(), changeset, ApplyDirection::Backward));
        Query copy(fixture.db(), QStringLiteral("SELECT occurred_on FROM interaction_person"));
        QVERIFY(copy.exec());
        QVERIFY(copy.next());
        QCOMPARE(copy.string(0), QStringLiteral("2026-01-02"));
    }

    void conflictingLaterEditRefusesUndo()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Id id = store.create(ada()).value();
        Person edited = store.get(id).value();
        edited.headline = QStringLiteral("Analyst");
        ChangeRecorder recorder(fixture.db());
        QVERIFY(store.update(edited));
        const QByteArray changeset = recorder.take().value();
        edited.headline = QStringLiteral("Poet");
        QVERIFY(store.update(edited));

        Status undone = applyChangeset(fixture.db(), changeset, ApplyDirection::Backward);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code(), ErrorCode::Conflict);
        QCOMPARE(store.get(id)->headline, QStringLiteral("Poet"));
    }

    void nothingChangedGivesAnEmptyChangeset()
    {
        TestDatabase fixture;
        ChangeRecorder recorder(fixture.db());
        QVERIFY(recorder.take()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeRecorder)
#include "tst_changerecorder.moc"
