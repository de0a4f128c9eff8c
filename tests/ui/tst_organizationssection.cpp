#include "support/TestDatabase.h"

#include "organizations/MembershipEditor.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationsModel.h"
#include "organizations/OrganizationsSection.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "widgets/InputDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

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

Organization named(const QString &name, OrganizationKind kind = OrganizationKind::Other,
                   const QStringList &tags = {})
{
    Organization o;
    o.name = name;
    o.kind = kind;
    o.tags = tags;
    return o;
}

Id addOrganization(Database &db, const Organization &organization)
{
    return OrganizationStore(db).create(organization).value();
}

Id addPerson(Database &db, const QString &name, std::optional<Id> employer = {})
{
    Person p;
    p.displayName = name;
    if (employer)
        p.roles.append(Role{0, *employer, {}, QStringLiteral("Librarian"), QDate(2024, 1, 1), {}});
    return PersonStore(db).create(p).value();
}

Id addMembership(Database &db, Id organization, std::optional<Id> person = {})
{
    Membership m;
    m.organizationId = organization;
    m.personId = person;
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

// Runs `fill` on the editor that the next modal call opens; cancels it if `fill` left it open,
// so a failing test cannot hang on a dialog.
void whenEditorOpens(std::function<void(EditorDialog *)> fill)
{
    QTimer::singleShot(0, qApp, [fill = std::move(fill)] {
        auto *editor = qobject_cast<EditorDialog *>(QApplication::activeModalWidget());
        if (!editor) {
            qWarning("no editor opened");
            return;
        }
        fill(editor);
        if (editor->isVisible())
            editor->reject();
    });
}

void setCombo(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

} // namespace

class TestOrganizationsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clearShownTexts(); }

    void modelPassesTheItemModelTester()
    {
        Fixture f;
        const Id ala =
            addOrganization(f.db(), named(QStringLiteral("ALA"), OrganizationKind::Association));
        const Id library = addOrganization(
            f.db(), named(QStringLiteral("Denver Public Library"), OrganizationKind::Library));
        addPerson(f.db(), QStringLiteral("Ann"), library);
        addMembership(f.db(), ala);
        OrganizationsModel model(*f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OrganizationsModel::Name).data().toString(), QStringLiteral("ALA"));
        QCOMPARE(model.index(0, OrganizationsModel::Member).data().toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(model.index(1, OrganizationsModel::People).data().toLongLong(), qint64(1));
        QCOMPARE(model.index(1, OrganizationsModel::Kind).data().toString(),
                 enumLabel(OrganizationKind::Library));
        for (int column = 0; column < OrganizationsModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 2);
        }
        model.sort(OrganizationsModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), library);
        QCOMPARE(model.rowOf(ala), std::optional<int>(1));

        addOrganization(f.db(), named(QStringLiteral("Boulder Tech")));
        QCOMPARE(model.rowCount(), 3);
        OrganizationFilter libraries;
        libraries.kind = OrganizationKind::Library;
        model.setFilter(libraries);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(ala), std::optional<int>());
        QVERIFY(OrganizationStore(f.db()).remove(library));
        QCOMPARE(model.rowCount(), 0);
    }

    void memberColumnKeepsTheOrderInForce()
    {
        Fixture f;
        addOrganization(f.db(), named(QStringLiteral("B")));
        addOrganization(f.db(), named(QStringLiteral("A")));
        OrganizationsSection section(*f.session);
        QHeaderView *header = section.view()->horizontalHeader();
        header->setSortIndicator(OrganizationsModel::Name, Qt::DescendingOrder);
        QCOMPARE(section.organizationsModel()->idAt(0), Id(1));
        header->setSortIndicator(OrganizationsModel::Member, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(OrganizationsModel::Name));
        QCOMPARE(section.organizationsModel()->sortColumn(), int(OrganizationsModel::Name));
        QCOMPARE(section.organizationsModel()->idAt(0), Id(1)); // still B first
    }

    void createThroughTheSectionThenUndo()
    {
        Fixture f;
        OrganizationsSection section(*f.session);
        section.show();
        whenEditorOpens([](EditorDialog *editor) {
            QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"),
                             QStringLiteral("American Library Association"));
            setCombo(child<QComboBox>(editor, "kindCombo"), QStringLiteral("association"));
            QTest::keyClicks(child<QLineEdit>(editor, "websiteEdit"),
                             QStringLiteral("https://www.ala.org"));
            QTest::mouseClick(child<QPushButton>(editor, "socialPagesAddButton"), Qt::LeftButton);
            auto *pages = child<QTableWidget>(editor, "socialPagesTable");
            setCombo(qobject_cast<QComboBox *>(pages->cellWidget(0, 0)),
                     QStringLiteral("linkedin"));
            pages->item(0, 1)->setText(QStringLiteral("https://www.linkedin.com/company/ala"));
            QTest::keyClicks(child<QLineEdit>(editor, "cityEdit"), QStringLiteral("Chicago"));
            QTest::keyClicks(child<QLineEdit>(editor, "countryEdit"), QStringLiteral("USA"));
            QTest::keyClicks(child<QWidget>(editor, "tagsEdit")->findChild<QLineEdit *>(),
                             QStringLiteral("national, dues"));
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&section, "organizationsNewButton"), Qt::LeftButton);

        const QList<OrganizationSummary> rows = OrganizationStore(f.db()).list({}).value();
        QCOMPARE(rows.size(), 1);
        const Organization saved = OrganizationStore(f.db()).get(rows[0].id).value();
        QCOMPARE(saved.name, QStringLiteral("American Library Association"));
        QCOMPARE(saved.kind, OrganizationKind::Association);
        QCOMPARE(saved.website, QStringLiteral("https://www.ala.org"));
        QCOMPARE(saved.socialPages,
                 (QList<ProfileLink>{{ProfileKind::LinkedIn,
                                      QStringLiteral("https://www.linkedin.com/company/ala")}}));
        QCOMPARE(saved.location.display(), QStringLiteral("Chicago, USA"));
        QCOMPARE(saved.tags, (QStringList{QStringLiteral("dues"), QStringLiteral("national")}));
        QCOMPARE(section.currentId(), saved.id); // the new one is selected
        QVERIFY(section.detailView()->toHtml().contains(QStringLiteral("www.ala.org")));

        f.session->undoStack()->undo();
        QCOMPARE(OrganizationStore(f.db()).count({}).value(), qint64(0));
        QTRY_COMPARE(section.model()->rowCount(), 0);
        f.session->undoStack()->redo();
        QCOMPARE(OrganizationStore(f.db()).get(saved.id)->name, saved.name);
    }

    void editThenUndo()
    {
        Fixture f;
        Organization original = named(QStringLiteral("ALA"), OrganizationKind::Association);
        original.website = QStringLiteral("https://ala.org");
        const Id id = addOrganization(f.db(), original);
        OrganizationEditor editor(*f.session, OrganizationStore(f.db()).get(id).value());
        editor.show();
        auto *name = child<QLineEdit>(&editor, "nameEdit");
        QCOMPARE(name->text(), QStringLiteral("ALA"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("American Library Association"));
        child<QLineEdit>(&editor, "websiteEdit")->clear();
        setCombo(child<QComboBox>(&editor, "kindCombo"), QStringLiteral("employer"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.isVisible());

        Organization saved = OrganizationStore(f.db()).get(id).value();
        QCOMPARE(saved.name, QStringLiteral("American Library Association"));
        QCOMPARE(saved.kind, OrganizationKind::Employer);
        QVERIFY(saved.website.isEmpty());
        QCOMPARE(f.session->undoStack()->undoText(),
                 QStringLiteral("Edit American Library Association"));

        f.session->undoStack()->undo();
        saved = OrganizationStore(f.db()).get(id).value();
        QCOMPARE(saved.name, QStringLiteral("ALA"));
        QCOMPARE(saved.kind, OrganizationKind::Association);
        QCOMPARE(saved.website, QStringLiteral("https://ala.org"));
    }

    void deleteAsksThenTakesMembershipsButNotPeople()
    {
        Fixture f;
        const Id ala = addOrganization(f.db(), named(QStringLiteral("ALA")));
        const Id ann = addPerson(f.db(), QStringLiteral("Ann"), ala);
        addMembership(f.db(), ala);
        addMembership(f.db(), ala, ann);
        OrganizationsSection section(*f.session);
        section.show();
        section.showRecord(ala);
        QCOMPARE(section.currentId(), ala);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        section.deleteAction()->trigger();
        QVERIFY(OrganizationStore(f.db()).get(ala).ok());
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        const QString question = MessageBox::shownTexts().first();
        QVERIFY2(question.contains(QStringLiteral("ALA")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("memberships")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("people who work there stay")),
                 qPrintable(question));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QCOMPARE(OrganizationStore(f.db()).get(ala).error().code(), ErrorCode::NotFound);
        QCOMPARE(MembershipStore(f.db()).count({}).value(), qint64(0));
        QVERIFY(PersonStore(f.db()).get(ann).ok());
        QTRY_COMPARE(section.model()->rowCount(), 0);

        f.session->undoStack()->undo();
        QCOMPARE(OrganizationStore(f.db()).get(ala)->name, QStringLiteral("ALA"));
        QCOMPARE(MembershipStore(f.db()).count({}).value(), qint64(2));
        QCOMPARE(PersonStore(f.db()).get(ann)->roles.value(0).organizationId,
                 std::optional<Id>(ala));
        QTRY_COMPARE(section.model()->rowCount(), 1);
    }

    void problemsShowBesideTheirFieldAndBlockSaving_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("socialPage");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed website") << QStringLiteral("ALA") << QStringLiteral("ala dot org")
                                           << QString() << QStringLiteral("website");
        QTest::newRow("no name") << QString() << QString() << QString() << QStringLiteral("name");
        QTest::newRow("social page not a web address")
            << QStringLiteral("ALA") << QString() << QStringLiteral("linkedin/ala")
            << QStringLiteral("socialPages");
    }

    void problemsShowBesideTheirFieldAndBlockSaving()
    {
        QFETCH(QString, name);
        QFETCH(QString, website);
        QFETCH(QString, socialPage);
        QFETCH(QString, field);
        Fixture f;
        OrganizationEditor editor(*f.session, Organization{});
        editor.show();
        QTest::keyClicks(child<QLineEdit>(&editor, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(&editor, "websiteEdit"), website);
        if (!socialPage.isEmpty()) {
            QTest::mouseClick(child<QPushButton>(&editor, "socialPagesAddButton"), Qt::LeftButton);
            child<QTableWidget>(&editor, "socialPagesTable")->item(0, 1)->setText(socialPage);
        }
        QVERIFY(!editor.problemText(field).isEmpty());
        QVERIFY(child<QLabel>(&editor, qPrintable(field + QStringLiteral("Problem")))->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        editor.accept(); // Enter in a field: refused as well
        QVERIFY(editor.isVisible());
        QCOMPARE(OrganizationStore(f.db()).count({}).value(), qint64(0));
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        addOrganization(f.db(), named(QStringLiteral("ALA"), OrganizationKind::Association,
                                      {QStringLiteral("national")}));
        addOrganization(f.db(), named(QStringLiteral("ACRL"), OrganizationKind::Association));
        addOrganization(f.db(), named(QStringLiteral("Denver Public Library"),
                                      OrganizationKind::Library, {QStringLiteral("national")}));
        OrganizationsSection section(*f.session);
        section.show();
        QCOMPARE(section.model()->rowCount(), 3);

        auto *kind = child<QComboBox>(&section, "organizationsKindFilter");
        setCombo(kind, QStringLiteral("association"));
        QTRY_COMPARE(section.model()->rowCount(), 2);
        auto *tag = child<QComboBox>(&section, "organizationsTagFilter");
        setCombo(tag, QStringLiteral("national"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0, 0).data().toString(), QStringLiteral("ALA"));
        kind->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 2);
        QTest::keyClicks(section.searchEdit(), QStringLiteral("denv"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0, 0).data().toString(),
                 QStringLiteral("Denver Public Library"));
    }

    void emptyStateSaysWhy()
    {
        Fixture f;
        OrganizationsSection section(*f.session);
        section.show();
        auto *empty = child<QLabel>(&section, "organizationsEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No organizations yet")),
                 qPrintable(empty->text()));

        addOrganization(f.db(), named(QStringLiteral("ALA")));
        QTRY_VERIFY(section.view()->isVisible());
        QTest::keyClicks(section.searchEdit(), QStringLiteral("zzz"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No organization matches")),
                 qPrintable(empty->text()));
    }

    void detailShowsPeopleMembershipsAndEvents()
    {
        Fixture f;
        Organization ala = named(QStringLiteral("ALA"), OrganizationKind::Association);
        ala.website = QStringLiteral("https://www.ala.org");
        ala.notes = QStringLiteral("Student rate until graduation.");
        const Id id = addOrganization(f.db(), ala);
        const Id ann = addPerson(f.db(), QStringLiteral("Ann Lee"), id);
        const Id bea = addPerson(f.db(), QStringLiteral("Bea Park"));
        addMembership(f.db(), id);
        addMembership(f.db(), id, bea);
        Event conference;
        conference.name = QStringLiteral("ALA Annual");
        conference.organizerId = id;
        conference.startDate = QDate(2026, 6, 25);
        const Id event = EventStore(f.db()).create(conference).value();

        OrganizationsSection section(*f.session);
        section.show();
        section.showRecord(id);
        const QString html = section.detailView()->toHtml();
        for (const QString &expected :
             {QStringLiteral("People here"), QStringLiteral("kith:person/%1").arg(ann),
              QStringLiteral("Librarian"), QStringLiteral("Memberships"), QStringLiteral("You"),
              QStringLiteral("kith:person/%1").arg(bea), QStringLiteral("Events organized"),
              QStringLiteral("kith:event/%1").arg(event), QStringLiteral("https://www.ala.org"),
              QStringLiteral("Student rate"),
              QStringLiteral("kith:action/addMembership/%1").arg(id)})
            QVERIFY2(html.contains(expected), qPrintable(expected));
    }

    void addMembershipFromTheDetails()
    {
        Fixture f;
        const Id id = addOrganization(f.db(), named(QStringLiteral("ALA")));
        OrganizationsSection section(*f.session);
        section.show();
        section.showRecord(id);
        whenEditorOpens([](EditorDialog *editor) {
            QVERIFY(qobject_cast<MembershipEditor *>(editor));
            auto *organization = child<RecordPicker>(editor, "organizationPicker");
            QCOMPARE(organization->id(), std::optional<Id>(1));
            QCOMPARE(organization->label(), QStringLiteral("ALA"));
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        });
        Q_EMIT section.detailView()->anchorClicked(
            QUrl(QStringLiteral("kith:action/addMembership/%1").arg(id)));

        const QList<MembershipSummary> rows = MembershipStore(f.db()).list({}).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].organizationId, id);
        QVERIFY(!rows[0].personId); // the user's own
        QTRY_VERIFY(section.detailView()->toHtml().contains(
            QStringLiteral("kith:membership/%1").arg(rows[0].id)));
        QTRY_COMPARE(section.model()->index(0, OrganizationsModel::Member).data().toString(),
                     QStringLiteral("Yes"));
    }

    void bulkTaggingThenUndo()
    {
        Fixture f;
        const Id a = addOrganization(f.db(), named(QStringLiteral("A")));
        const Id b = addOrganization(f.db(), named(QStringLiteral("B")));
        OrganizationsSection section(*f.session);
        section.show();
        section.view()->selectAll();
        QAction *addTag = nullptr;
        for (QAction *action : section.view()->actions()) {
            if (action->text() == QStringLiteral("Add &Tag…"))
                addTag = action;
        }
        QVERIFY(addTag);
        InputDialog::setNextText(QStringLiteral("regional"));
        addTag->trigger();
        QCOMPARE(OrganizationStore(f.db()).get(a)->tags, QStringList{QStringLiteral("regional")});
        QCOMPARE(OrganizationStore(f.db()).get(b)->tags, QStringList{QStringLiteral("regional")});
        f.session->undoStack()->undo();
        QVERIFY(OrganizationStore(f.db()).get(a)->tags.isEmpty());
    }
};

QTEST_MAIN(TestOrganizationsSection)
#include "tst_organizationssection.moc"
