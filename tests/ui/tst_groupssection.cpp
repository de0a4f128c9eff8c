#include "support/TestDatabase.h"

#include "groups/GroupEditor.h"
#include "groups/GroupMembersEdit.h"
#include "groups/GroupsModel.h"
#include "groups/GroupsSection.h"
#include "session/Session.h"
#include "storage/GroupStore.h"
#include "storage/PersonStore.h"
#include "widgets/DateField.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

// A session on a fresh database whose clock and "today" are pinned.
struct Fixture
{
    Fixture()
    {
        std::unique_ptr<Database> db = openOrFail(database.path());
        db->setClock(&TestDatabase::fixedNow);
        session = std::make_unique<Session>(std::move(db));
        session->setToday(TestDatabase::today());
    }
    Database &db() { return session->db(); }

    TestDatabase database;
    std::unique_ptr<Session> session;
};

Id addPerson(Database &db, const QString &name, std::optional<Id> metIn = {})
{
    Person p;
    p.displayName = name;
    p.metInGroupId = metIn;
    return PersonStore(db).create(p).value();
}

OnlineGroup named(const QString &name, GroupPlatform platform = GroupPlatform::Other,
                  const QStringList &tags = {})
{
    OnlineGroup g;
    g.name = name;
    g.platform = platform;
    g.tags = tags;
    return g;
}

Id addGroup(Database &db, const OnlineGroup &group)
{
    return GroupStore(db).create(group).value();
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

void setCombo(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

// Adds a member the way the user does: types the name, then clicks Add.
void addMember(GroupEditor &editor, const QString &name)
{
    QTest::keyClicks(child<RecordPicker>(&editor, "memberPicker")->edit(), name);
    auto *add = child<QPushButton>(&editor, "addMemberButton");
    QVERIFY2(add->isEnabled(), qPrintable(name));
    QTest::mouseClick(add, Qt::LeftButton);
}

} // namespace

class TestGroupsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clearShownTexts(); }

    void modelPassesTheItemModelTester()
    {
        Fixture f;
        const Id ann = addPerson(f.db(), QStringLiteral("Ann"));
        OnlineGroup ala = named(QStringLiteral("ALA Members"), GroupPlatform::LinkedIn);
        ala.memberIds = {ann};
        ala.joinedOn = QDate(2025, 1, 2);
        const Id alaId = addGroup(f.db(), ala);
        OnlineGroup careers = named(QStringLiteral("Careers"), GroupPlatform::GoogleGroups);
        careers.discoveredViaGroupId = alaId;
        const Id careersId = addGroup(f.db(), careers);

        GroupsModel model(*f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, GroupsModel::Members).data().toLongLong(), qint64(1));
        QCOMPARE(model.index(0, GroupsModel::Platform).data().toString(),
                 enumLabel(GroupPlatform::LinkedIn));
        QCOMPARE(model.index(1, GroupsModel::FoundVia).data().toString(),
                 QStringLiteral("ALA Members"));
        for (int column = 0; column < GroupsModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 2);
        }
        model.sort(GroupsModel::Members, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), alaId);
        QCOMPARE(model.rowOf(careersId), std::optional<int>(1));

        addGroup(f.db(), named(QStringLiteral("Slack")));
        QCOMPARE(model.rowCount(), 3);
        GroupFilter google;
        google.platform = GroupPlatform::GoogleGroups;
        model.setFilter(google);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(PersonStore(f.db()).remove(ann));
        model.setFilter({});
        QCOMPARE(model.index(*model.rowOf(alaId), GroupsModel::Members).data().toLongLong(),
                 qint64(0));
    }

    void createWithMembersThenUndo()
    {
        Fixture f;
        const Id ann = addPerson(f.db(), QStringLiteral("Ann Lee"));
        const Id bob = addPerson(f.db(), QStringLiteral("Bob Stone"));
        const Id margaret = addPerson(f.db(), QStringLiteral("Margaret Okafor"));
        const Id ala = addGroup(f.db(), named(QStringLiteral("ALA Members")));

        GroupEditor editor(*f.session, OnlineGroup{});
        editor.show();
        QTest::keyClicks(child<QLineEdit>(&editor, "nameEdit"),
                         QStringLiteral("Federal Librarians Careers"));
        setCombo(child<QComboBox>(&editor, "platformCombo"), QStringLiteral("google_groups"));
        QTest::keyClicks(child<QLineEdit>(&editor, "urlEdit"),
                         QStringLiteral("https://groups.google.com/g/fedlib"));
        child<DateField>(&editor, "joinedField")->setDate(QDate(2025, 11, 3));
        QTest::keyClicks(child<RecordPicker>(&editor, "viaGroupPicker")->edit(),
                         QStringLiteral("ALA Members"));
        QTest::keyClicks(child<RecordPicker>(&editor, "viaPersonPicker")->edit(),
                         QStringLiteral("Margaret Okafor"));
        child<QSpinBox>(&editor, "cadenceSpin")->setValue(90);
        addMember(editor, QStringLiteral("Bob Stone"));
        addMember(editor, QStringLiteral("Ann Lee"));
        addMember(editor, QStringLiteral("Ann Lee")); // already there: listed once
        auto *list = child<QListWidget>(&editor, "membersList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Ann Lee")); // sorted by name
        QTest::keyClicks(child<QWidget>(&editor, "tagsEdit")->findChild<QLineEdit *>(),
                         QStringLiteral("job search"));
        QTest::keyClicks(child<QPlainTextEdit>(&editor, "notesEdit"),
                         QStringLiteral("Weekly USAJobs postings."));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.isVisible());

        const OnlineGroup saved = GroupStore(f.db()).get(editor.savedId()).value();
        QCOMPARE(saved.name, QStringLiteral("Federal Librarians Careers"));
        QCOMPARE(saved.platform, GroupPlatform::GoogleGroups);
        QCOMPARE(saved.url, QStringLiteral("https://groups.google.com/g/fedlib"));
        QCOMPARE(saved.joinedOn, QDate(2025, 11, 3));
        QCOMPARE(saved.discoveredViaGroupId, std::optional<Id>(ala));
        QCOMPARE(saved.discoveredViaPersonId, std::optional<Id>(margaret));
        QCOMPARE(saved.cadenceDays, std::optional<int>(90));
        QCOMPARE(saved.memberIds, (QList<Id>{ann, bob}));
        QCOMPARE(saved.tags, QStringList{QStringLiteral("job search")});
        QCOMPARE(saved.notes, QStringLiteral("Weekly USAJobs postings."));

        f.session->undoStack()->undo();
        QCOMPARE(GroupStore(f.db()).count({}).value(), qint64(1));
        QCOMPARE(GroupStore(f.db()).get(editor.savedId()).error().code(), ErrorCode::NotFound);
    }

    void editRemovesMembersThenUndo()
    {
        Fixture f;
        const Id ann = addPerson(f.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(f.db(), QStringLiteral("Bob"));
        OnlineGroup group = named(QStringLiteral("Code4Lib"), GroupPlatform::Slack);
        group.memberIds = {ann, bob};
        const Id id = addGroup(f.db(), group);

        GroupEditor editor(*f.session, GroupStore(f.db()).get(id).value());
        editor.show();
        auto *list = child<QListWidget>(&editor, "membersList");
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0); // Ann
        QTest::mouseClick(child<QPushButton>(&editor, "removeMembersButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        setCombo(child<QComboBox>(&editor, "platformCombo"), QStringLiteral("discord"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.isVisible());

        OnlineGroup saved = GroupStore(f.db()).get(id).value();
        QCOMPARE(saved.memberIds, QList<Id>{bob});
        QCOMPARE(saved.platform, GroupPlatform::Discord);
        QVERIFY(PersonStore(f.db()).get(ann).ok());

        f.session->undoStack()->undo();
        saved = GroupStore(f.db()).get(id).value();
        QCOMPARE(saved.memberIds, (QList<Id>{ann, bob}));
        QCOMPARE(saved.platform, GroupPlatform::Slack);
    }

    void aGroupOfHundredsOpensWhole()
    {
        Fixture f;
        OnlineGroup big = named(QStringLiteral("ALA Think Tank"), GroupPlatform::Facebook);
        for (int i = 0; i < 300; ++i)
            big.memberIds.append(
                addPerson(f.db(), QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0'))));
        const Id id = addGroup(f.db(), big);
        QElapsedTimer timer;
        timer.start();
        GroupEditor editor(*f.session, GroupStore(f.db()).get(id).value());
        editor.show();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(child<QListWidget>(&editor, "membersList")->count(), 300);
        QVERIFY(
            child<QLabel>(&editor, "membersCountLabel")->text().contains(QStringLiteral("300")));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(GroupStore(f.db()).get(id)->memberIds.size(), 300);
    }

    void deleteAsksKeepsMembersThenUndo()
    {
        Fixture f;
        const Id ann = addPerson(f.db(), QStringLiteral("Ann"));
        OnlineGroup group = named(QStringLiteral("Code4Lib"));
        group.memberIds = {ann};
        const Id id = addGroup(f.db(), group);
        const Id met = addPerson(f.db(), QStringLiteral("Met There"), id);
        GroupsSection section(*f.session);
        section.show();
        section.showRecord(id);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("Code4Lib")));
        QCOMPARE(GroupStore(f.db()).get(id).error().code(), ErrorCode::NotFound);
        QVERIFY(PersonStore(f.db()).get(ann).ok());
        QVERIFY(!PersonStore(f.db()).get(met)->metInGroupId);
        QTRY_COMPARE(section.model()->rowCount(), 0);

        f.session->undoStack()->undo();
        QCOMPARE(GroupStore(f.db()).get(id)->memberIds, QList<Id>{ann});
        QCOMPARE(PersonStore(f.db()).get(met)->metInGroupId, std::optional<Id>(id));
        QTRY_COMPARE(section.model()->rowCount(), 1);
    }

    void problemsShowBesideTheirFieldAndBlockSaving_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pendingMember");
        QTest::addColumn<bool>("foundViaItself");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed address")
            << QStringLiteral("groups.google") << QString() << false << QStringLiteral("url");
        QTest::newRow("a member typed but not added")
            << QString() << QStringLiteral("Ann") << false << QStringLiteral("members");
        QTest::newRow("found via itself")
            << QString() << QString() << true << QStringLiteral("discoveredViaGroup");
    }

    void problemsShowBesideTheirFieldAndBlockSaving()
    {
        QFETCH(QString, url);
        QFETCH(QString, pendingMember);
        QFETCH(bool, foundViaItself);
        QFETCH(QString, field);
        Fixture f;
        addPerson(f.db(), QStringLiteral("Ann"));
        const Id id = addGroup(f.db(), named(QStringLiteral("Code4Lib")));
        GroupEditor editor(*f.session, GroupStore(f.db()).get(id).value());
        editor.show();
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&editor, "urlEdit"), url);
        QTest::keyClicks(child<RecordPicker>(&editor, "memberPicker")->edit(), pendingMember);
        if (foundViaItself)
            QTest::keyClicks(child<RecordPicker>(&editor, "viaGroupPicker")->edit(),
                             QStringLiteral("Code4Lib"));
        QVERIFY2(!editor.problemText(field).isEmpty(), qPrintable(field));
        QVERIFY(child<QLabel>(&editor, qPrintable(field + QStringLiteral("Problem")))->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        editor.accept();
        QVERIFY(editor.isVisible());
        QCOMPARE(GroupStore(f.db()).get(id)->url, QString());
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        addGroup(f.db(), named(QStringLiteral("ALA Members"), GroupPlatform::LinkedIn,
                               {QStringLiteral("career")}));
        addGroup(f.db(), named(QStringLiteral("ACRL"), GroupPlatform::LinkedIn));
        addGroup(f.db(), named(QStringLiteral("Federal Careers"), GroupPlatform::GoogleGroups,
                               {QStringLiteral("career")}));
        GroupsSection section(*f.session);
        section.show();
        QCOMPARE(section.model()->rowCount(), 3);
        auto *platform = child<QComboBox>(&section, "groupsPlatformFilter");
        setCombo(platform, QStringLiteral("linkedin"));
        QTRY_COMPARE(section.model()->rowCount(), 2);
        setCombo(child<QComboBox>(&section, "groupsTagFilter"), QStringLiteral("career"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0, 0).data().toString(), QStringLiteral("ALA Members"));
        platform->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 2);
        QTest::keyClicks(section.searchEdit(), QStringLiteral("feder"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
    }

    void emptyStateSaysWhy()
    {
        Fixture f;
        GroupsSection section(*f.session);
        section.show();
        auto *empty = child<QLabel>(&section, "groupsEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No groups yet")),
                 qPrintable(empty->text()));
        setCombo(child<QComboBox>(&section, "groupsPlatformFilter"), QStringLiteral("slack"));
        QTRY_VERIFY(empty->text().startsWith(QStringLiteral("No group matches")));
    }

    void detailShowsMembersPeopleMetAndWhereFound()
    {
        Fixture f;
        const Id mentor = addPerson(f.db(), QStringLiteral("Margaret Okafor"));
        const Id via = addGroup(f.db(), named(QStringLiteral("ALA Members")));
        OnlineGroup group = named(QStringLiteral("Careers"), GroupPlatform::GoogleGroups);
        group.discoveredViaGroupId = via;
        group.discoveredViaPersonId = mentor;
        group.url = QStringLiteral("https://groups.google.com/g/careers");
        group.notes = QStringLiteral("Two interviews came from here.");
        for (int i = 0; i < 53; ++i)
            group.memberIds.append(
                addPerson(f.db(), QStringLiteral("Member %1").arg(i, 2, 10, QLatin1Char('0'))));
        const Id id = addGroup(f.db(), group);
        const Id met = addPerson(f.db(), QStringLiteral("Zoe Met"), id);

        GroupsSection section(*f.session);
        section.show();
        section.showRecord(id);
        const QString html = section.detailView()->toHtml();
        for (const QString &expected :
             {QStringLiteral("kith:group/%1").arg(via),
              QStringLiteral("kith:person/%1").arg(mentor), QStringLiteral("Member 49"),
              QStringLiteral("kith:person/%1").arg(group.memberIds[0]), QStringLiteral("3 more"),
              QStringLiteral("People met here"), QStringLiteral("kith:person/%1").arg(met),
              QStringLiteral("What it gave"), QStringLiteral("Two interviews"),
              QStringLiteral("https://groups.google.com/g/careers")})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(QStringLiteral("Member 50")));
    }
};

QTEST_MAIN(TestGroupsSection)
#include "tst_groupssection.moc"
