#include "EditorDialog.h"

#include "FieldWidget.h"
#include "MessageBox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

// "emails[1]" and "costs[0].planned" belong to the rows "emails" and "costs".
QString rowField(const QString &field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    return bracket < 0 ? field : field.left(bracket);
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // readable on light and dark
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

EditorDialog::EditorDialog(Session &session, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_generalProblem(makeProblemLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("editorDialog"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addLayout(m_form);

    // Long editors scroll instead of growing past the screen.
    auto *content = new QWidget;
    content->setLayout(m_layout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_generalProblem);
    outer->addWidget(m_buttons);
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    saveButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
    resize(560, 640);
}

QPushButton *EditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString EditorDialog::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EditorDialog::addRow(const QString &label, QWidget *widget, const QString &field)
{
    if (field.isEmpty()) {
        m_form->addRow(label, widget);
    } else {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(widget);
        QLabel *problem = makeProblemLabel(cell);
        problem->setObjectName(field + QStringLiteral("Problem"));
        cellLayout->addWidget(problem);
        m_problemLabels.insert(field, problem);
        m_form->addRow(label, cell);
        if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(cell)))
            buddy->setBuddy(widget);
    }
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    watch(widget);
}

void EditorDialog::addSection(const QString &title)
{
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(heading);
}

void EditorDialog::addWidget(QWidget *widget)
{
    m_form->addRow(widget);
    watch(widget);
}

void EditorDialog::watch(QObject *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &EditorDialog::revalidate);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &EditorDialog::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &EditorDialog::revalidate);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(widget))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, &EditorDialog::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &EditorDialog::revalidate);
    else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(widget))
        connect(doubleSpin, &QDoubleSpinBox::valueChanged, this, &EditorDialog::revalidate);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        connect(button, &QAbstractButton::toggled, this, &EditorDialog::revalidate);
    else if (auto *table = qobject_cast<QTableWidget *>(widget))
        connect(table, &QTableWidget::itemChanged, this, &EditorDialog::revalidate);
    else if (auto *field = qobject_cast<FieldWidget *>(widget))
        connect(field, &FieldWidget::changed, this, &EditorDialog::revalidate);
}

void EditorDialog::revalidate()
{
    showProblems(validate());
}

void EditorDialog::showProblems(const QList<FieldError> &problems)
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
    saveButton()->setEnabled(problems.isEmpty());
}

void EditorDialog::accept()
{
    const QList<FieldError> problems = validate();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    Status status = save();
    if (!status) {
        if (status.error().code() == ErrorCode::Validation)
            showProblems(status.error().fields());
        else
            MessageBox::warning(this, windowTitle(), status.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace kith::ui
