#include "support/TestDatabase.h"

#include "preferences/PreferencesDialog.h"
#include "quickadd/QuickAddDialog.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

struct Fixture
{
    TestDatabase files;
    Session session{openOrFail(files.path())};

    Fixture()
    {
        session.db().setClock(&TestDatabase::fixedNow);
        session.setToday(TestDatabase::today());
    }

    Id person(const QString &name)
    {
        Person p;
        p.displayName = name;
        return PersonStore(session.db()).create(p).valueOr(0);
    }
};

// Shows the dialog as the user gets it: active, so Alt+1/2/3 and Enter reach it.
bool open(QuickAddDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

template <typename W>
W *child(const QObject &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

// Picks a person the way a user does: types the start of the name (without its accents),
// moves into the suggestions and takes the first with Enter.
bool pickPerson(const QuickAddDialog &dialog, const char *picker, const QString &typed)
{
    auto *field = child<RecordPicker>(dialog, picker);
    QTest::keyClicks(field->edit(), typed);
    QAbstractItemView *suggestions = field->edit()->completer()->popup();
    if (!QTest::qWaitFor([&] { return suggestions->isVisible(); }))
        return false;
    QTest::keyClick(suggestions, Qt::Key_Down);
    QTest::keyClick(suggestions, Qt::Key_Return);
    return field->id().has_value() && !suggestions->isVisible();
}

// Types a name that is not among the suggestions, and leaves them.
void typeUnknownPerson(const QuickAddDialog &dialog, const char *picker, const QString &typed)
{
    auto *field = child<RecordPicker>(dialog, picker);
    QTest::keyClicks(field->edit(), typed);
    field->edit()->completer()->popup()->hide();
}

} // namespace

class TestQuickAdd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KithTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quickadd"));
    }

    void init() { QSettings().clear(); }

    void personFromJustANameAndEnter()
    {
        Fixture f;
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        auto *name = child<QLineEdit>(dialog, "quickPersonName");
        QCOMPARE(dialog.focusWidget(), name);

        QTest::keyClicks(name, QStringLiteral("Maya Chen"));
        QTest::keyClick(name, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.savedKind(), EntityKind::Person);
        const Person saved = PersonStore(f.session.db()).get(dialog.savedId()).value();
        QCOMPARE(saved.displayName, QStringLiteral("Maya Chen"));
        QCOMPARE(saved.cadenceDays, std::optional<int>()); // no default cadence set
        QCOMPARE(f.session.undoStack()->count(), 1);
        f.session.undoStack()->undo();
        QCOMPARE(PersonStore(f.session.db()).get(dialog.savedId()).error().code(),
                 ErrorCode::NotFound);
    }

    void personWithEveryQuickField()
    {
        Fixture f;
        DesktopPreferences preferences;
        preferences.defaultCadenceDays = 90;
        preferences.save();
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonName"), QStringLiteral("Zoe Garcia"));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonHeadline"),
                         QStringLiteral("Archivist at Denver Public Library"));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonEmail"),
                         QStringLiteral("zoe@example.org"));
        auto *relationship = child<QComboBox>(dialog, "quickPersonRelationship");
        relationship->setCurrentIndex(relationship->findData(enumKey(RelationshipKind::Mentor)));
        QTest::keyClick(&dialog, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Person saved = PersonStore(f.session.db()).get(dialog.savedId()).value();
        QCOMPARE(saved.headline, QStringLiteral("Archivist at Denver Public Library"));
        QCOMPARE(saved.primaryEmail(), QStringLiteral("zoe@example.org"));
        QCOMPARE(saved.relationships, QList<RelationshipKind>{RelationshipKind::Mentor});
        QCOMPARE(saved.cadenceDays, std::optional<int>(90));
    }

    void problemsShowBesideTheFieldAndKeepTheDialogOpen()
    {
        Fixture f;
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QCOMPARE(dialog.problemText(QStringLiteral("displayName")), QString()); // not yet
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonEmail"), QStringLiteral("not-mail"));
        QTest::keyClick(&dialog, Qt::Key_Return);

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.problemText(QStringLiteral("displayName")).isEmpty());
        QVERIFY(!dialog.problemText(QStringLiteral("emails")).isEmpty());
        QCOMPARE(PersonStore(f.session.db()).count({}).value(), qint64(0));
        QCOMPARE(f.session.undoStack()->count(), 0);

        // Once shown, problems follow the edits.
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonName"), QStringLiteral("Maya"));
        QCOMPARE(dialog.problemText(QStringLiteral("displayName")), QString());
    }

    void altDigitsSwitchTheForm_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("firstField");
        QTest::newRow("Alt+2 recommendation")
            << int(Qt::Key_2) << 1 << QStringLiteral("quickRecommendationDirection");
        QTest::newRow("Alt+3 interaction")
            << int(Qt::Key_3) << 2 << QStringLiteral("quickInteractionKind");
    }

    void altDigitsSwitchTheForm()
    {
        QFETCH(int, key);
        QFETCH(int, mode);
        QFETCH(QString, firstField);
        Fixture f;
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClick(dialog.focusWidget(), Qt::Key(key), Qt::AltModifier);
        QCOMPARE(dialog.mode(), mode);
        QCOMPARE(dialog.focusWidget()->objectName(), firstField);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(dialog.mode(), 0);
        QCOMPARE(dialog.focusWidget()->objectName(), QStringLiteral("quickPersonName"));
    }

    void recommendationFromAPerson()
    {
        Fixture f;
        const Id jose = f.person(QStringLiteral("José Ortega"));
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_2, Qt::AltModifier);
        QVERIFY(pickPerson(dialog, "quickRecommendationPerson", QStringLiteral("jose")));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickRecommendationContext"),
                         QStringLiteral("professor"));
        QTest::keyClick(child<QLineEdit>(dialog, "quickRecommendationContext"), Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedKind(), EntityKind::Recommendation);
        const Recommendation saved =
            RecommendationStore(f.session.db()).get(dialog.savedId()).value();
        QCOMPARE(saved.personId, jose);
        QCOMPARE(saved.direction, RecommendationDirection::Received);
        QCOMPARE(saved.status, RecommendationStatus::Received);
        QCOMPARE(saved.completedOn, TestDatabase::today());
        QCOMPARE(saved.context, QStringLiteral("professor"));
        f.session.undoStack()->undo();
        QCOMPARE(RecommendationStore(f.session.db()).get(dialog.savedId()).error().code(),
                 ErrorCode::NotFound);
    }

    void givenRecommendationCarriesTheStageOver()
    {
        Fixture f;
        const Id jose = f.person(QStringLiteral("José Ortega"));
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        dialog.showMode(1);
        auto *direction = child<QComboBox>(dialog, "quickRecommendationDirection");
        direction->setCurrentIndex(direction->findData(enumKey(RecommendationDirection::Given)));
        QCOMPARE(child<QComboBox>(dialog, "quickRecommendationStatus")->currentData().toString(),
                 enumKey(RecommendationStatus::Given));
        QVERIFY(pickPerson(dialog, "quickRecommendationPerson", QStringLiteral("ortega")));
        QTest::keyClick(child<RecordPicker>(dialog, "quickRecommendationPerson")->edit(),
                        Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Recommendation saved =
            RecommendationStore(f.session.db()).get(dialog.savedId()).value();
        QCOMPARE(saved.personId, jose);
        QCOMPARE(saved.direction, RecommendationDirection::Given);
        QCOMPARE(saved.status, RecommendationStatus::Given);
    }

    void recommendationNeedsAPersonPickedFromTheSuggestions()
    {
        Fixture f;
        f.person(QStringLiteral("José Ortega"));
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        dialog.showMode(1);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.problemText(QStringLiteral("person")).isEmpty());
        typeUnknownPerson(dialog, "quickRecommendationPerson", QStringLiteral("Nobody"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemText(QStringLiteral("person")).contains(QStringLiteral("Pick")));
        QCOMPARE(RecommendationStore(f.session.db()).count({}).value(), qint64(0));
    }

    void interactionWithAFollowUp()
    {
        Fixture f;
        const Id jose = f.person(QStringLiteral("José Ortega"));
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_3, Qt::AltModifier);
        auto *kind = child<QComboBox>(dialog, "quickInteractionKind");
        kind->setCurrentIndex(kind->findData(enumKey(InteractionKind::Call)));
        QVERIFY(pickPerson(dialog, "quickInteractionPerson", QStringLiteral("jose o")));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickInteractionSummary"),
                         QStringLiteral("Asked about the mentoring programme"));
        auto *followUp = child<QSpinBox>(dialog, "quickInteractionFollowUpDays");
        followUp->selectAll();
        QTest::keyClicks(followUp, QStringLiteral("10"));
        QTest::keyClick(followUp, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedKind(), EntityKind::Interaction);
        const Interaction saved = InteractionStore(f.session.db()).get(dialog.savedId()).value();
        QCOMPARE(saved.personIds, QList<Id>{jose});
        QCOMPARE(saved.kind, InteractionKind::Call);
        QCOMPARE(saved.date, TestDatabase::today());
        QCOMPARE(saved.summary, QStringLiteral("Asked about the mentoring programme"));
        QCOMPARE(saved.followUpOn, TestDatabase::today().addDays(10));
        f.session.undoStack()->undo();
        QCOMPARE(InteractionStore(f.session.db()).count({}).value(), qint64(0));
    }

    void escapeCancelsWithoutSaving()
    {
        Fixture f;
        QuickAddDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "quickPersonName"), QStringLiteral("Maya"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.savedId(), Id(0));
        QCOMPARE(PersonStore(f.session.db()).count({}).value(), qint64(0));
        QCOMPARE(f.session.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestQuickAdd)
#include "tst_quickadd.moc"
