#include "support/TestDatabase.h"

#include "organizations/MembershipEditor.h"
#include "organizations/MembershipsModel.h"
#include "organizations/MembershipsSection.h"
#include "session/Session.h"
#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "widgets/DateField.h"
#include "widgets/Format.h"
#include "widgets/InputDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

// A session on a fresh database whose clock and "today" (2026-03-15) are pinned.
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

Id addOrganization(Database &db, const QString &name)
{
    Organization o;
    o.name = name;
    return OrganizationStore(db).create(o).value();
}

Id addPerson(Database &db, const QString &name)
{
    Person p;
    p.displayName = name;
    return PersonStore(db).create(p).value();
}

Membership membership(Id organization, std::optional<Id> person = {},
                      MembershipStatus status = MembershipStatus::Active, const QDate &renewal = {})
{
    Membership m;
    m.organizationId = organization;
    m.personId = person;
    m.status = status;
    m.renewalDate = renewal;
    return m;
}

Id add(Database &db, const Membership &m)
{
    return MembershipStore(db).create(m).value();
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

QAction *actionNamed(QWidget *widget, const QString &text)
{
    const QList<QAction *> actions = widget->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Four memberships: the user's in ALA (renews in 5 days, 75.00 USD a quarter) and in ACRL
// (overdue), Bea's in ALA (planned, renews in September) and Cy's in ACRL (lapsed, overdue).
struct Network
{
    Id ala = 0, acrl = 0, bea = 0, cy = 0;
    Id usersAla = 0, usersAcrl = 0, beas = 0, cys = 0;
};

Network buildNetwork(Database &db)
{
    Network n;
    n.ala = addOrganization(db, QStringLiteral("ALA"));
    n.acrl = addOrganization(db, QStringLiteral("ACRL"));
    n.bea = addPerson(db, QStringLiteral("Bea Park"));
    n.cy = addPerson(db, QStringLiteral("Cy Young"));
    Membership usersAla = membership(n.ala, {}, MembershipStatus::Active, QDate(2026, 3, 20));
    usersAla.role = QStringLiteral("committee");
    usersAla.dues = Money{7500, QStringLiteral("USD")};
    usersAla.duesPeriod = DuesPeriod::Quarter;
    n.usersAla = add(db, usersAla);
    n.usersAcrl = add(db, membership(n.acrl, {}, MembershipStatus::Active, QDate(2026, 3, 1)));
    n.beas = add(db, membership(n.ala, n.bea, MembershipStatus::Planned, QDate(2026, 9, 1)));
    n.cys = add(db, membership(n.acrl, n.cy, MembershipStatus::Lapsed, QDate(2026, 2, 1)));
    return n;
}

} // namespace

class TestMembershipsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clearShownTexts(); }

    void modelPassesTheItemModelTester()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipsModel model(*f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        for (int column = 0; column < MembershipsModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 4);
        }
        model.sort(MembershipsModel::Renewal, Qt::AscendingOrder);
        QCOMPARE(model.idAt(0), n.cys);
        QCOMPARE(model.rowOf(n.beas), std::optional<int>(3));

        MembershipFilter mine;
        mine.usersOnly = true;
        model.setFilter(mine);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(n.beas), std::optional<int>());
        add(f.db(), membership(n.acrl));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(MembershipStore(f.db()).remove(n.usersAla));
        QCOMPARE(model.rowCount(), 2);
    }

    void rowsReadAsTheUserExpects_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected"); // contained in the cell
        QTest::newRow("the user is “You”")
            << 0 << int(MembershipsModel::Member) << QStringLiteral("You");
        QTest::newRow("a contact by name")
            << 2 << int(MembershipsModel::Member) << QStringLiteral("Bea Park");
        QTest::newRow("dues with their period")
            << 0 << int(MembershipsModel::Dues) << QStringLiteral("per quarter");
        QTest::newRow("renewal soon") << 0 << int(MembershipsModel::Renewal)
                                      << QStringLiteral("(%1)").arg(formatRelative(
                                             QDate(2026, 3, 20), TestDatabase::today()));
        QTest::newRow("renewal overdue")
            << 1 << int(MembershipsModel::Renewal) << QStringLiteral("(overdue)");
        QTest::newRow("role") << 0 << int(MembershipsModel::Role) << QStringLiteral("committee");
        QTest::newRow("status") << 2 << int(MembershipsModel::Status) << QStringLiteral("Planned");
    }

    void rowsReadAsTheUserExpects()
    {
        QFETCH(int, which);
        QFETCH(int, column);
        QFETCH(QString, expected);
        Fixture f;
        const Network n = buildNetwork(f.db());
        const Id ids[] = {n.usersAla, n.usersAcrl, n.beas, n.cys};
        MembershipsModel model(*f.session);
        const std::optional<int> row = model.rowOf(ids[which]);
        QVERIFY(row);
        const QString cell = model.index(*row, column).data().toString();
        QVERIFY2(cell.contains(expected), qPrintable(cell));
    }

    void aLapsedMembershipIsNotOverdue()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipsModel model(*f.session);
        const QString cell =
            model.index(*model.rowOf(n.cys), MembershipsModel::Renewal).data().toString();
        QVERIFY(!cell.isEmpty());
        QVERIFY2(!cell.contains(QStringLiteral("overdue")), qPrintable(cell));
    }

    void createYourOwnThenUndo()
    {
        Fixture f;
        const Id ala = addOrganization(f.db(), QStringLiteral("American Library Association"));
        MembershipEditor editor(*f.session, Membership{});
        editor.show();
        auto *member = child<RecordPicker>(&editor, "memberPicker");
        QCOMPARE(member->edit()->placeholderText(), QStringLiteral("You"));
        QTest::keyClicks(child<RecordPicker>(&editor, "organizationPicker")->edit(),
                         QStringLiteral("American Library Association"));
        QCOMPARE(child<RecordPicker>(&editor, "organizationPicker")->id(), std::optional<Id>(ala));
        auto *role = child<QComboBox>(&editor, "roleCombo");
        role->setCurrentText(QString());
        QTest::keyClicks(role->lineEdit(), QStringLiteral("officer"));
        child<DateField>(&editor, "sinceField")->setDate(QDate(2024, 9, 1));
        setCombo(child<QComboBox>(&editor, "statusCombo"), QStringLiteral("active"));
        QTest::keyClicks(child<QLineEdit>(&editor, "duesEdit"), QStringLiteral("120.50"));
        auto *currency = child<QComboBox>(&editor, "duesCurrencyCombo");
        QCOMPARE(currency->currentText(), QStringLiteral("USD")); // the budget's currency
        setCombo(child<QComboBox>(&editor, "duesPeriodCombo"), QStringLiteral("year"));
        setCombo(child<QComboBox>(&editor, "paidByCombo"), QStringLiteral("employer"));
        child<DateField>(&editor, "renewalField")->setDate(QDate(2026, 8, 31));
        QTest::keyClicks(child<QWidget>(&editor, "tagsEdit")->findChild<QLineEdit *>(),
                         QStringLiteral("renew"));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.isVisible());

        const Membership saved = MembershipStore(f.db()).get(editor.savedId()).value();
        QCOMPARE(saved.organizationId, ala);
        QVERIFY(saved.isUsers());
        QCOMPARE(saved.role, QStringLiteral("officer"));
        QCOMPARE(saved.since, QDate(2024, 9, 1));
        QCOMPARE(saved.dues, std::optional<Money>(Money{12050, QStringLiteral("USD")}));
        QCOMPARE(saved.duesPeriod, DuesPeriod::Year);
        QCOMPARE(saved.paidBy, Payer::Employer);
        QCOMPARE(saved.renewalDate, QDate(2026, 8, 31));
        QCOMPARE(saved.tags, QStringList{QStringLiteral("renew")});

        f.session->undoStack()->undo();
        QCOMPARE(MembershipStore(f.db()).count({}).value(), qint64(0));
    }

    void editToAContactsThenUndo()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipEditor editor(*f.session, MembershipStore(f.db()).get(n.usersAla).value());
        editor.show();
        QCOMPARE(child<QLineEdit>(&editor, "duesEdit")->text(), QLocale().toString(75.0, 'f', 2));
        QTest::keyClicks(child<RecordPicker>(&editor, "memberPicker")->edit(),
                         QStringLiteral("Bea Park"));
        setCombo(child<QComboBox>(&editor, "statusCombo"), QStringLiteral("lapsed"));
        child<QLineEdit>(&editor, "duesEdit")->clear();
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.isVisible());

        Membership saved = MembershipStore(f.db()).get(n.usersAla).value();
        QCOMPARE(saved.personId, std::optional<Id>(n.bea));
        QCOMPARE(saved.status, MembershipStatus::Lapsed);
        QVERIFY(!saved.dues);

        f.session->undoStack()->undo();
        saved = MembershipStore(f.db()).get(n.usersAla).value();
        QVERIFY(saved.isUsers());
        QCOMPARE(saved.status, MembershipStatus::Active);
        QCOMPARE(saved.dues, std::optional<Money>(Money{7500, QStringLiteral("USD")}));
    }

    void deleteAsksThenUndo()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipsSection section(*f.session);
        section.show();
        section.showRecord(n.beas);
        QCOMPARE(section.currentId(), n.beas);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("people stay")));
        QCOMPARE(MembershipStore(f.db()).get(n.beas).error().code(), ErrorCode::NotFound);
        QVERIFY(PersonStore(f.db()).get(n.bea).ok());
        QVERIFY(OrganizationStore(f.db()).get(n.ala).ok());
        QTRY_COMPARE(section.model()->rowCount(), 3);

        f.session->undoStack()->undo();
        QCOMPARE(MembershipStore(f.db()).get(n.beas)->personId, std::optional<Id>(n.bea));
        QTRY_COMPARE(section.model()->rowCount(), 4);
    }

    void problemsShowBesideTheirFieldAndBlockSaving_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("dues");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("field");
        const QString ala = QStringLiteral("ALA");
        const QString usd = QStringLiteral("USD");
        QTest::newRow("negative dues")
            << ala << QString() << QStringLiteral("-5") << usd << QStringLiteral("dues");
        QTest::newRow("dues not a number")
            << ala << QString() << QStringLiteral("lots") << usd << QStringLiteral("dues");
        QTest::newRow("currency not a code") << ala << QString() << QStringLiteral("10")
                                             << QStringLiteral("dollars") << QStringLiteral("dues");
        QTest::newRow("no organization")
            << QString() << QString() << QString() << usd << QStringLiteral("organization");
        QTest::newRow("organization typed but not picked")
            << QStringLiteral("Nowhere Society") << QString() << QString() << usd
            << QStringLiteral("organization");
        QTest::newRow("member typed but not picked")
            << ala << QStringLiteral("Nobody") << QString() << usd << QStringLiteral("person");
    }

    void problemsShowBesideTheirFieldAndBlockSaving()
    {
        QFETCH(QString, organization);
        QFETCH(QString, member);
        QFETCH(QString, dues);
        QFETCH(QString, currency);
        QFETCH(QString, field);
        Fixture f;
        addOrganization(f.db(), QStringLiteral("ALA"));
        MembershipEditor editor(*f.session, Membership{});
        editor.show();
        QTest::keyClicks(child<RecordPicker>(&editor, "organizationPicker")->edit(), organization);
        QTest::keyClicks(child<RecordPicker>(&editor, "memberPicker")->edit(), member);
        QTest::keyClicks(child<QLineEdit>(&editor, "duesEdit"), dues);
        child<QComboBox>(&editor, "duesCurrencyCombo")->setCurrentText(currency);
        QVERIFY2(!editor.problemText(field).isEmpty(), qPrintable(field));
        QVERIFY(child<QLabel>(&editor, qPrintable(field + QStringLiteral("Problem")))->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        editor.accept();
        QVERIFY(editor.isVisible());
        QCOMPARE(MembershipStore(f.db()).count({}).value(), qint64(0));
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipsSection section(*f.session);
        section.show();
        QCOMPARE(section.model()->rowCount(), 4);

        auto *whose = child<QComboBox>(&section, "membershipsWhoseFilter");
        whose->setCurrentIndex(1); // mine only
        QTRY_COMPARE(section.model()->rowCount(), 2);
        auto *status = child<QComboBox>(&section, "membershipsStatusFilter");
        setCombo(status, QStringLiteral("planned"));
        QTRY_COMPARE(section.model()->rowCount(), 0);
        whose->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->idAt(0), n.beas);
        status->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 4);

        // Due within 60 days: the user's ALA renewal and the overdue ACRL one; not Bea's in
        // September, nor Cy's lapsed one.
        auto *renewal = child<QCheckBox>(&section, "membershipsRenewalFilter");
        renewal->setChecked(true);
        QTRY_COMPARE(section.model()->rowCount(), 2);
        QVERIFY(section.model()->rowOf(n.usersAla));
        QVERIFY(section.model()->rowOf(n.usersAcrl));
        // Renewing a membership takes it off the list.
        Membership renewed = MembershipStore(f.db()).get(n.usersAcrl).value();
        renewed.renewalDate = QDate(2027, 3, 1);
        QVERIFY(MembershipStore(f.db()).update(renewed));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        whose->setCurrentIndex(1);
        QTRY_COMPARE(section.model()->rowCount(), 1);

        QTest::keyClicks(section.searchEdit(), QStringLiteral("acrl"));
        QTRY_COMPARE(section.model()->rowCount(), 0);
    }

    void emptyStateSaysWhy()
    {
        Fixture f;
        MembershipsSection section(*f.session);
        section.show();
        auto *empty = child<QLabel>(&section, "membershipsEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No memberships yet")),
                 qPrintable(empty->text()));
        child<QCheckBox>(&section, "membershipsRenewalFilter")->setChecked(true);
        QTRY_VERIFY(empty->text().startsWith(QStringLiteral("No membership matches")));
        QVERIFY(empty->isVisible());
    }

    void detailLinksOrganizationAndMember()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        MembershipsSection section(*f.session);
        section.show();
        section.showRecord(n.beas);
        QString html = section.detailView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("kith:organization/%1").arg(n.ala)));
        QVERIFY(html.contains(QStringLiteral("kith:person/%1").arg(n.bea)));
        QVERIFY(html.contains(QStringLiteral("Planned")));
        section.showRecord(n.usersAla);
        html = section.detailView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("You")));
        QVERIFY(html.contains(QStringLiteral("per quarter")));
        QVERIFY(html.contains(formatRelative(QDate(2026, 3, 20), TestDatabase::today())));
    }

    void bulkTaggingIsOneUndoableStep()
    {
        Fixture f;
        const Network n = buildNetwork(f.db());
        Membership tagged = MembershipStore(f.db()).get(n.beas).value();
        tagged.tags = {QStringLiteral("Renew")};
        QVERIFY(MembershipStore(f.db()).update(tagged));
        MembershipsSection section(*f.session);
        section.show();
        section.view()->selectAll();
        QCOMPARE(section.selectedIds().size(), 4);

        InputDialog::setNextText(QStringLiteral("renew"));
        QAction *addTag = actionNamed(section.view(), QStringLiteral("Add &Tag…"));
        QVERIFY(addTag);
        addTag->trigger();
        for (Id id : {n.usersAla, n.usersAcrl, n.beas, n.cys})
            QCOMPARE(MembershipStore(f.db()).get(id)->tags.size(), 1);
        QCOMPARE(MembershipStore(f.db()).get(n.beas)->tags, QStringList{QStringLiteral("Renew")});

        f.session->undoStack()->undo();
        QVERIFY(MembershipStore(f.db()).get(n.usersAla)->tags.isEmpty());
        QCOMPARE(MembershipStore(f.db()).get(n.beas)->tags, QStringList{QStringLiteral("Renew")});

        section.view()->selectAll();
        InputDialog::setNextText(QStringLiteral("RENEW"));
        actionNamed(section.view(), QStringLiteral("&Remove Tag…"))->trigger();
        QVERIFY(MembershipStore(f.db()).get(n.beas)->tags.isEmpty());
    }
};

QTEST_MAIN(TestMembershipsSection)
#include "tst_membershipssection.moc"
