#include "TagsEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

namespace kith::ui {

TagsEdit::TagsEdit(const QStringList &knownTags, QWidget *parent)
    : FieldWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(knownTags, this))
{
    m_edit->setPlaceholderText(tr("e.g. mentors, job search"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    // Complete the tag being typed, i.e. the text after the last comma.
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString current = text.section(QLatin1Char(','), -1).trimmed();
        if (current.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(current);
        m_completer->complete();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &tag) {
                QStringList parts = m_edit->text().split(QLatin1Char(','));
                parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
                m_edit->setText(parts.join(QLatin1Char(',')) + QStringLiteral(", "));
            });
    connect(m_edit, &QLineEdit::textChanged, this, &FieldWidget::changed);
}

QStringList TagsEdit::tags() const
{
    QStringList result;
    for (const QString &part : m_edit->text().split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive))
            result.append(tag);
    }
    return result;
}

void TagsEdit::setTags(const QStringList &tags)
{
    m_edit->setText(tags.join(QStringLiteral(", ")));
}

} // namespace kith::ui
