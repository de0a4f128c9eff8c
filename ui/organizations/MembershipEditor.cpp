#include "MembershipEditor.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/MembershipStore.h"
#include "storage/SettingsStore.h"
#include "widgets/DateField.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

#include <cmath>

namespace kith::ui {

namespace {

// Dues beyond this are a typing slip, not a membership fee.
constexpr double maxDues = 10'000'000.0;

template <typename E>
QComboBox *enumCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumKey(value));
    return combo;
}

template <typename E>
void selectKey(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(enumKey(value))));
}

template <typename E>
E selected(const QComboBox *combo, E fallback)
{
    return enumFromKey<E>(combo->currentData().toString()).value_or(fallback);
}

FieldError unresolved(const QString &field, const QString &what)
{
    return {field, FieldProblem::MissingReference,
            QCoreApplication::translate("kith::ui::MembershipEditor",
                                        "Pick %1 from the suggestions, or clear the field.")
                .arg(what)};
}

QString defaultCurrency(Session &session)
{
    Result<BudgetSettings> budget = SettingsStore(session.db()).budget();
    return budget && !budget->currency.isEmpty() ? budget->currency : QStringLiteral("USD");
}

} // namespace

MembershipEditor::MembershipEditor(Session &session, const Membership &membership, QWidget *parent)
    : EditorDialog(session, membership.id ? tr("Edit Membership") : tr("New Membership"), parent)
    , m_saved(membership)
    , m_organization(new RecordPicker(lookups::organizations(session), this))
    , m_member(new RecordPicker(lookups::people(session), this))
    , m_role(new QComboBox(this))
    , m_since(new DateField(this))
    , m_status(enumCombo<MembershipStatus>(this, "statusCombo"))
    , m_duesAmount(new QLineEdit(this))
    , m_duesCurrency(new QComboBox(this))
    , m_duesPeriod(enumCombo<DuesPeriod>(this, "duesPeriodCombo"))
    , m_paidBy(enumCombo<Payer>(this, "paidByCombo"))
    , m_renewal(new DateField(this))
    , m_tags(new TagsEdit(knownTagNames(session), this))
    , m_notes(new QPlainTextEdit(this))
{
    m_organization->setObjectName(QStringLiteral("organizationPicker"));
    m_member->setObjectName(QStringLiteral("memberPicker"));
    // An empty member means the membership is the user's own; say so where it shows.
    m_member->edit()->setPlaceholderText(tr("You"));
    m_member->setToolTip(tr("Leave empty for your own membership, or pick a contact."));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEditable(true);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(18); // room for a role typed in full, "vice-chair"…
    m_role->addItems({tr("member"), tr("committee"), tr("officer"), tr("chair")});
    m_since->setObjectName(QStringLiteral("sinceField"));
    m_duesAmount->setObjectName(QStringLiteral("duesEdit"));
    m_duesAmount->setPlaceholderText(tr("none"));
    m_duesAmount->setAccessibleName(tr("Dues amount"));
    m_duesCurrency->setObjectName(QStringLiteral("duesCurrencyCombo"));
    m_duesCurrency->setEditable(true);
    m_duesCurrency->setAccessibleName(tr("Currency"));
    m_duesCurrency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                              QStringLiteral("CAD"), QStringLiteral("AUD")});
    m_duesPeriod->setAccessibleName(tr("Period"));
    m_renewal->setObjectName(QStringLiteral("renewalField"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);

    auto *dues = new QWidget(this);
    auto *duesLayout = new QHBoxLayout(dues);
    duesLayout->setContentsMargins(0, 0, 0, 0);
    duesLayout->addWidget(m_duesAmount, 2);
    duesLayout->addWidget(m_duesCurrency, 1);
    duesLayout->addWidget(m_duesPeriod, 1);
    watch(m_duesAmount);
    watch(m_duesCurrency);
    connect(m_duesCurrency, &QComboBox::editTextChanged, this, &MembershipEditor::revalidate);
    watch(m_duesPeriod);

    addRow(tr("&Organization:"), m_organization, QStringLiteral("organization"));
    addRow(tr("&Member:"), m_member, QStringLiteral("person"));
    addRow(tr("&Role:"), m_role, QStringLiteral("role"));
    connect(m_role, &QComboBox::editTextChanged, this, &MembershipEditor::revalidate);
    addRow(tr("&Since:"), m_since);
    addRow(tr("Stat&us:"), m_status);
    addSection(tr("Dues"));
    addRow(tr("&Dues:"), dues, QStringLiteral("dues"));
    addRow(tr("&Paid by:"), m_paidBy);
    addRow(tr("Re&newal date:"), m_renewal);
    addSection(tr("More"));
    addRow(tr("&Tags:"), m_tags, QStringLiteral("tags"));
    addRow(tr("Not&es:"), m_notes, QStringLiteral("notes"));

    load(membership);
    revalidate();
    if (membership.organizationId)
        m_member->setFocus();
    else
        m_organization->setFocus();
}

void MembershipEditor::load(const Membership &m)
{
    const std::optional<Id> organization =
        m.organizationId ? std::optional<Id>(m.organizationId) : std::nullopt;
    m_organization->setRecord(organization, organizationName(session(), organization));
    m_member->setRecord(m.personId, personName(session(), m.personId));
    m_role->setCurrentText(m.role);
    m_since->setDate(m.since);
    selectKey(m_status, m.status);
    if (m.dues) {
        m_duesAmount->setText(QLocale().toString(double(m.dues->cents) / 100.0, 'f', 2));
        m_duesCurrency->setCurrentText(m.dues->currency);
    } else {
        m_duesCurrency->setCurrentText(defaultCurrency(session()));
    }
    selectKey(m_duesPeriod, m.duesPeriod);
    selectKey(m_paidBy, m.paidBy);
    m_renewal->setDate(m.renewalDate);
    m_tags->setTags(m.tags);
    m_notes->setPlainText(m.notes);
}

std::optional<qint64> MembershipEditor::duesCents(bool *ok) const
{
    *ok = true;
    const QString text = m_duesAmount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // The user's locale first ("1.234,50"), then the plain form everyone types ("1234.50").
    double amount = QLocale().toDouble(text, ok);
    if (!*ok)
        amount = QLocale::c().toDouble(text, ok);
    if (!*ok || !std::isfinite(amount) || std::abs(amount) > maxDues) {
        *ok = false;
        return std::nullopt;
    }
    return std::llround(amount * 100.0);
}

Membership MembershipEditor::collect() const
{
    Membership m = m_saved; // keeps the id and timestamps
    m.organizationId = m_organization->id().value_or(0);
    m.personId = m_member->id();
    m.role = m_role->currentText().trimmed();
    m.since = m_since->date();
    m.status = selected(m_status, MembershipStatus::Active);
    bool ok = false;
    const std::optional<qint64> cents = duesCents(&ok);
    m.dues =
        cents
            ? std::optional<Money>(Money{*cents, m_duesCurrency->currentText().trimmed().toUpper()})
            : std::nullopt;
    m.duesPeriod = selected(m_duesPeriod, DuesPeriod::Year);
    m.paidBy = selected(m_paidBy, Payer::Self);
    m.renewalDate = m_renewal->date();
    m.tags = m_tags->tags();
    m.notes = m_notes->toPlainText();
    return m;
}

QList<FieldError> MembershipEditor::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    // Amount, currency and period share one row of the form.
    for (FieldError &problem : problems) {
        if (problem.field == QLatin1String("duesCurrency"))
            problem.field = QStringLiteral("dues");
    }
    bool ok = false;
    duesCents(&ok);
    if (!ok)
        problems.append({QStringLiteral("dues"), FieldProblem::Malformed,
                         tr("“%1” is not an amount; type one such as 120.00, or leave it empty.")
                             .arg(m_duesAmount->text().trimmed())});
    if (!m_organization->isResolved())
        problems.append(unresolved(QStringLiteral("organization"), tr("an organization")));
    if (!m_member->isResolved())
        problems.append(unresolved(QStringLiteral("person"), tr("a person")));
    return problems;
}

QString MembershipEditor::stepName(const Membership &m) const
{
    const QString organization = organizationName(session(), m.organizationId);
    if (m.isUsers())
        return tr("your membership in %1").arg(organization);
    return tr("%1’s membership in %2").arg(personName(session(), m.personId), organization);
}

Status MembershipEditor::save()
{
    Membership membership = collect();
    MembershipStore store(session().db());
    if (membership.id == 0) {
        Result<Id> id = session().perform(tr("Add %1").arg(stepName(membership)),
                                          [&] { return store.create(membership); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(stepName(membership)),
                             [&] { return store.update(membership); });
}

} // namespace kith::ui
