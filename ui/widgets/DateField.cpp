#include "DateField.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace kith::ui {

namespace {

// The minimum date stands for "no date" and is shown blank (QDateTimeEdit's special value).
const QDate noDate(1900, 1, 1);

} // namespace

DateField::DateField(QWidget *parent)
    : FieldWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(noDate);
    m_edit->setSpecialValueText(QStringLiteral(" "));
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_edit->setDate(noDate);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("No date"));
    m_clear->setAccessibleName(tr("Clear date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::dateChanged, this, &FieldWidget::changed);
    connect(m_clear, &QToolButton::clicked, this, [this] { setDate({}); });
}

QDate DateField::date() const
{
    const QDate value = m_edit->date();
    return value == noDate ? QDate() : value;
}

void DateField::setDate(const QDate &date)
{
    m_edit->setDate(date.isValid() ? date : noDate);
}

} // namespace kith::ui
