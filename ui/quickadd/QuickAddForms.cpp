#include "QuickAddForms.h"

#include "model/Validation.h"
#include "preferences/PreferencesDialog.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace kith::ui {

namespace {

template <typename E>
void addChoices(QComboBox *combo)
{
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumKey(value));
}

template <typename E>
E chosen(const QComboBox *combo, E fallback)
{
    return enumFromKey<E>(combo->currentData().toString()).value_or(fallback);
}

template <typename E>
void choose(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(enumKey(value))));
}

QComboBox *comboBox(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    return combo;
}

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

RecordPicker *personPicker(Session &session, QWidget *parent, const char *name)
{
    auto *picker = new RecordPicker(lookups::people(session), parent);
    picker->setObjectName(QLatin1String(name));
    return picker;
}

FieldError unresolvedPerson()
{
    return {QStringLiteral("person"), FieldProblem::MissingReference,
            QCoreApplication::translate("kith::ui::QuickAddForm",
                                        "Pick a person from the suggestions.")};
}

} // namespace

// --- Person ----------------------------------------------------------------------------

QuickPersonForm::QuickPersonForm(Session &session, QWidget *parent)
    : QuickAddForm(session, EntityKind::Person, parent)
    , m_name(lineEdit(this, "quickPersonName"))
    , m_headline(lineEdit(this, "quickPersonHeadline"))
    , m_email(lineEdit(this, "quickPersonEmail"))
    , m_relationship(comboBox(this, "quickPersonRelationship"))
    , m_tags(new TagsEdit(knownTagNames(session), this))
{
    setObjectName(QStringLiteral("quickPersonForm"));
    m_name->setPlaceholderText(tr("Full name"));
    m_headline->setPlaceholderText(tr("Headline, or title at organization"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_relationship->addItem(tr("—"));
    addChoices<RelationshipKind>(m_relationship);
    m_tags->setObjectName(QStringLiteral("quickPersonTags"));

    addRow(tr("&Name:"), m_name, QStringLiteral("displayName"));
    addRow(tr("&Headline:"), m_headline, QStringLiteral("headline"));
    addRow(tr("&E-mail:"), m_email, QStringLiteral("emails"));
    addRow(tr("&Relationship:"), m_relationship, QStringLiteral("relationships"));
    addRow(tr("&Tag:"), m_tags, QStringLiteral("tags"));
}

QWidget *QuickPersonForm::firstField() const
{
    return m_name;
}

Person QuickPersonForm::collect() const
{
    Person p;
    p.displayName = m_name->text().trimmed();
    p.headline = m_headline->text().trimmed();
    if (const QString email = m_email->text().trimmed(); !email.isEmpty())
        p.emails.append({email, {}});
    if (m_relationship->currentIndex() > 0)
        p.relationships.append(chosen(m_relationship, RelationshipKind::Other));
    p.tags = m_tags->tags();
    if (const int cadence = DesktopPreferences::load().defaultCadenceDays; cadence > 0)
        p.cadenceDays = cadence;
    return p;
}

QList<FieldError> QuickPersonForm::validate() const
{
    return validation::check(collect());
}

Result<Id> QuickPersonForm::save()
{
    const Person person = collect();
    PersonStore store(session().db());
    return session().perform(tr("Add %1").arg(person.displayName),
                             [&] { return store.create(person); });
}

// --- Recommendation --------------------------------------------------------------------

QuickRecommendationForm::QuickRecommendationForm(Session &session, QWidget *parent)
    : QuickAddForm(session, EntityKind::Recommendation, parent)
    , m_direction(comboBox(this, "quickRecommendationDirection"))
    , m_person(personPicker(session, this, "quickRecommendationPerson"))
    , m_status(comboBox(this, "quickRecommendationStatus"))
    , m_context(lineEdit(this, "quickRecommendationContext"))
{
    setObjectName(QStringLiteral("quickRecommendationForm"));
    m_direction->addItem(tr("Received (they recommend you)"),
                         enumKey(RecommendationDirection::Received));
    m_direction->addItem(tr("Given (you recommend them)"), enumKey(RecommendationDirection::Given));
    addChoices<RecommendationStatus>(m_status);
    choose(m_status, RecommendationStatus::Received);
    m_context->setPlaceholderText(tr("Co-worker, professor…"));

    addRow(tr("&Direction:"), m_direction, QStringLiteral("direction"));
    addRow(tr("&Person:"), m_person, QStringLiteral("person"));
    addRow(tr("&Status:"), m_status, QStringLiteral("status"));
    addRow(tr("&Context:"), m_context, QStringLiteral("context"));
    connect(m_direction, &QComboBox::currentIndexChanged, this,
            &QuickRecommendationForm::followDirection);
}

QWidget *QuickRecommendationForm::firstField() const
{
    return m_direction;
}

void QuickRecommendationForm::followDirection()
{
    // "Received" and "Given" mean the same stage seen from each side; carry it over
    // instead of leaving a status the new direction cannot have.
    const auto direction = chosen(m_direction, RecommendationDirection::Received);
    const auto status = chosen(m_status, RecommendationStatus::ToAsk);
    if (direction == RecommendationDirection::Given && status == RecommendationStatus::Received)
        choose(m_status, RecommendationStatus::Given);
    else if (direction == RecommendationDirection::Received &&
             status == RecommendationStatus::Given)
        choose(m_status, RecommendationStatus::Received);
}

Recommendation QuickRecommendationForm::collect() const
{
    Recommendation r;
    r.direction = chosen(m_direction, RecommendationDirection::Received);
    r.personId = m_person->id().value_or(0);
    r.status = chosen(m_status, RecommendationStatus::ToAsk);
    r.context = m_context->text().trimmed();
    // Logged as it happens: the stage reached is dated today.
    const QDate today = session().today();
    if (r.status == RecommendationStatus::Requested)
        r.requestedOn = today;
    else if (r.status == RecommendationStatus::Received || r.status == RecommendationStatus::Given)
        r.completedOn = today;
    return r;
}

QList<FieldError> QuickRecommendationForm::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    if (!m_person->isResolved())
        problems.append(unresolvedPerson());
    return problems;
}

Result<Id> QuickRecommendationForm::save()
{
    const Recommendation recommendation = collect();
    RecommendationStore store(session().db());
    const QString who = m_person->label();
    const QString step = recommendation.direction == RecommendationDirection::Given
                             ? tr("Add recommendation for %1").arg(who)
                             : tr("Add recommendation from %1").arg(who);
    return session().perform(step, [&] { return store.create(recommendation); });
}

// --- Interaction -----------------------------------------------------------------------

QuickInteractionForm::QuickInteractionForm(Session &session, QWidget *parent)
    : QuickAddForm(session, EntityKind::Interaction, parent)
    , m_kind(comboBox(this, "quickInteractionKind"))
    , m_person(personPicker(session, this, "quickInteractionPerson"))
    , m_summary(lineEdit(this, "quickInteractionSummary"))
    , m_followUpDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("quickInteractionForm"));
    addChoices<InteractionKind>(m_kind);
    m_summary->setPlaceholderText(tr("What you talked about"));
    m_followUpDays->setObjectName(QStringLiteral("quickInteractionFollowUpDays"));
    m_followUpDays->setRange(0, 365);
    m_followUpDays->setSpecialValueText(tr("no follow-up"));
    m_followUpDays->setPrefix(tr("in "));
    m_followUpDays->setSuffix(tr(" days"));

    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("&Person:"), m_person, QStringLiteral("people"));
    addRow(tr("&Summary:"), m_summary, QStringLiteral("summary"));
    addRow(tr("&Follow up:"), m_followUpDays, QStringLiteral("followUpOn"));
}

QWidget *QuickInteractionForm::firstField() const
{
    return m_kind;
}

Interaction QuickInteractionForm::collect() const
{
    Interaction i;
    i.date = session().today();
    i.kind = chosen(m_kind, InteractionKind::Met);
    if (const std::optional<Id> person = m_person->id())
        i.personIds = {*person};
    i.summary = m_summary->text().trimmed();
    if (m_followUpDays->value() > 0)
        i.followUpOn = i.date.addDays(m_followUpDays->value());
    return i;
}

QList<FieldError> QuickInteractionForm::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    if (!m_person->isResolved()) {
        FieldError unresolved = unresolvedPerson();
        unresolved.field = QStringLiteral("people");
        problems.append(unresolved);
    }
    return problems;
}

Result<Id> QuickInteractionForm::save()
{
    const Interaction interaction = collect();
    InteractionStore store(session().db());
    return session().perform(
        tr("Log %1 with %2").arg(enumLabel(interaction.kind), m_person->label()),
        [&] { return store.create(interaction); });
}

} // namespace kith::ui
