#include "RecommendationEditor.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/RecommendationStore.h"
#include "widgets/DateField.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kith::ui {

namespace {

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

template <typename E>
void fillWith(QComboBox *box)
{
    for (E value : enumValues<E>())
        box->addItem(enumLabel(value), enumKey(value));
}

template <typename E>
E selected(const QComboBox *box, E fallback)
{
    return enumFromKey<E>(box->currentData().toString()).value_or(fallback);
}

void select(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

RecommendationEditor::RecommendationEditor(Session &session, const Recommendation &r,
                                           QWidget *parent)
    : EditorDialog(session, r.id ? tr("Edit Recommendation") : tr("New Recommendation"), parent)
    , m_saved(r)
    , m_direction(combo(this, "directionCombo"))
    , m_person(new RecordPicker(lookups::people(session), this))
    , m_platform(combo(this, "platformCombo"))
    , m_context(combo(this, "contextCombo"))
    , m_requestedOn(new DateField(this))
    , m_completedOn(new DateField(this))
    , m_status(combo(this, "statusCombo"))
    , m_text(new QPlainTextEdit(this))
    , m_tags(new TagsEdit(knownTagNames(session), this))
{
    m_person->setObjectName(QStringLiteral("personPicker"));
    m_requestedOn->setObjectName(QStringLiteral("requestedOnField"));
    m_completedOn->setObjectName(QStringLiteral("completedOnField"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    fillWith<RecommendationDirection>(m_direction);
    fillWith<RecommendationPlatform>(m_platform);
    // Context is free text; these are the usual ones.
    m_context->setEditable(true);
    m_context->setInsertPolicy(QComboBox::NoInsert);
    m_context->setMinimumContentsLength(16);
    m_context->addItems({QString(), tr("co-worker"), tr("professor"), tr("mentor"),
                         tr("supervisor"), tr("classmate")});
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(140);
    m_text->setPlaceholderText(tr("What the recommendation says"));

    addRow(tr("&Direction:"), m_direction, QStringLiteral("direction"));
    addRow(tr("&Person:"), m_person, QStringLiteral("person"));
    addRow(tr("P&latform:"), m_platform, QStringLiteral("platform"));
    addRow(tr("&Context:"), m_context, QStringLiteral("context"));
    addRow(tr("Re&quested on:"), m_requestedOn, QStringLiteral("requestedOn"));
    addRow(tr("Received &on:"), m_completedOn, QStringLiteral("completedOn"));
    m_completedOnLabel = labelFor(m_completedOn);
    addRow(tr("&Status:"), m_status, QStringLiteral("status"));
    addRow(tr("&Text:"), m_text, QStringLiteral("text"));
    addRow(tr("T&ags:"), m_tags, QStringLiteral("tags"));
    watch(m_context->lineEdit());

    load(r);
    connect(m_direction, &QComboBox::currentIndexChanged, this,
            &RecommendationEditor::directionChanged);
    revalidate();
    (r.personId ? static_cast<QWidget *>(m_text) : m_person)->setFocus();
}

QList<RecommendationStatus> RecommendationEditor::statusesFor(RecommendationDirection direction)
{
    const RecommendationStatus done = direction == RecommendationDirection::Given
                                          ? RecommendationStatus::Given
                                          : RecommendationStatus::Received;
    return {RecommendationStatus::ToAsk, RecommendationStatus::Requested, done,
            RecommendationStatus::Declined};
}

QLabel *RecommendationEditor::labelFor(QWidget *field) const
{
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

RecommendationDirection RecommendationEditor::direction() const
{
    return selected(m_direction, RecommendationDirection::Received);
}

void RecommendationEditor::directionChanged()
{
    const bool given = direction() == RecommendationDirection::Given;
    if (m_completedOnLabel)
        m_completedOnLabel->setText(given ? tr("Given &on:") : tr("Received &on:"));
    m_completedOn->setAccessibleName(given ? tr("Given on") : tr("Received on"));

    // Keep the status where it still fits; "received" and "given" are the same step.
    std::optional<RecommendationStatus> current =
        enumFromKey<RecommendationStatus>(m_status->currentData().toString());
    if (current == RecommendationStatus::Received || current == RecommendationStatus::Given)
        current = given ? RecommendationStatus::Given : RecommendationStatus::Received;
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    for (RecommendationStatus status : statusesFor(direction()))
        m_status->addItem(enumLabel(status), enumKey(status));
    select(m_status, current ? enumKey(*current) : QString());
    revalidate();
}

void RecommendationEditor::load(const Recommendation &r)
{
    select(m_direction, enumKey(r.direction));
    m_person->setRecord(
        r.personId ? std::optional<Id>(r.personId) : std::nullopt,
        personName(session(), r.personId ? std::optional<Id>(r.personId) : std::nullopt));
    select(m_platform, enumKey(r.platform));
    m_context->setCurrentText(r.context);
    m_requestedOn->setDate(r.requestedOn);
    m_completedOn->setDate(r.completedOn);
    directionChanged();
    select(m_status, enumKey(r.status));
    m_text->setPlainText(r.text);
    m_tags->setTags(r.tags);
}

Recommendation RecommendationEditor::collect() const
{
    Recommendation r = m_saved;
    r.direction = direction();
    r.personId = m_person->id().value_or(0);
    r.platform = selected(m_platform, RecommendationPlatform::Other);
    r.context = m_context->currentText().trimmed();
    r.requestedOn = m_requestedOn->date();
    r.completedOn = m_completedOn->date();
    r.status = selected(m_status, RecommendationStatus::ToAsk);
    r.text = m_text->toPlainText();
    r.tags = m_tags->tags();
    return r;
}

QList<FieldError> RecommendationEditor::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    if (!m_person->isResolved()) {
        // Say what to do about the text typed rather than that no person is set.
        problems.removeIf([](const FieldError &e) { return e.field == QLatin1String("person"); });
        problems.append({QStringLiteral("person"), FieldProblem::MissingReference,
                         tr("Pick a person from the suggestions.")});
    }
    return problems;
}

Status RecommendationEditor::save()
{
    const Recommendation r = collect();
    RecommendationStore store(session().db());
    const QString who = m_person->label();
    if (r.id == 0) {
        const QString step = r.direction == RecommendationDirection::Given
                                 ? tr("Add recommendation for %1").arg(who)
                                 : tr("Add recommendation from %1").arg(who);
        Result<Id> id = session().perform(step, [&] { return store.create(r); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit recommendation of %1").arg(who),
                             [&] { return store.update(r); });
}

} // namespace kith::ui
