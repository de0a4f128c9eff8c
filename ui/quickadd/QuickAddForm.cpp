#include "QuickAddForm.h"

#include "widgets/FieldWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

// "emails[0]" belongs to the row "emails".
QString rowField(const QString &field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    return bracket < 0 ? field : field.left(bracket);
}

// The same red as the editors' problem text: readable on light and dark palettes.
QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

QuickAddForm::QuickAddForm(Session &session, EntityKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_generalProblem(makeProblemLabel(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_generalProblem);
    layout->addStretch();
}

void QuickAddForm::addRow(const QString &label, QWidget *widget, const QString &field)
{
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(widget);
    QLabel *problem = makeProblemLabel(cell);
    problem->setObjectName(objectName() + field + QStringLiteral("Problem"));
    cellLayout->addWidget(problem);
    m_problemLabels.insert(field, problem);
    m_form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        buddy->setBuddy(widget);
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    watch(widget);
}

void QuickAddForm::watch(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &QuickAddForm::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &QuickAddForm::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &QuickAddForm::revalidate);
    else if (auto *field = qobject_cast<FieldWidget *>(widget))
        connect(field, &FieldWidget::changed, this, &QuickAddForm::revalidate);
}

void QuickAddForm::revalidate()
{
    if (m_problemsShown)
        showProblems(validate());
}

QString QuickAddForm::problemText(const QString &field) const
{
    const QLabel *label = field.isEmpty() ? m_generalProblem : m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

std::optional<Id> QuickAddForm::trySave()
{
    m_problemsShown = true;
    const QList<FieldError> problems = validate();
    showProblems(problems);
    if (!problems.isEmpty())
        return std::nullopt;
    Result<Id> saved = save();
    if (!saved) {
        if (saved.error().code() == ErrorCode::Validation && !saved.error().fields().isEmpty()) {
            showProblems(saved.error().fields());
        } else {
            showProblems({});
            m_generalProblem->setText(saved.error().message());
            m_generalProblem->show();
        }
        return std::nullopt;
    }
    return *saved;
}

void QuickAddForm::showProblems(const QList<FieldError> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    for (const FieldError &problem : problems) {
        const QString field = rowField(problem.field);
        if (m_problemLabels.contains(field))
            byField[field].append(problem.message);
        else
            unplaced.append(problem.message);
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_generalProblem->setText(unplaced.join(QLatin1Char('\n')));
    m_generalProblem->setVisible(!unplaced.isEmpty());
}

} // namespace kith::ui
