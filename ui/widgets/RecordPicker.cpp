#include "RecordPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace kith::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

RecordPicker::RecordPicker(Lookup lookup, QWidget *parent)
    : FieldWidget(parent)
    , m_lookup(std::move(lookup))
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Type to search…"));
    m_completer->setModel(m_suggestions);
    // The lookup already filters (with the search index); the completer only shows.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &RecordPicker::suggest);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &RecordPicker::pick);
}

QString RecordPicker::label() const
{
    return m_edit->text();
}

void RecordPicker::setRecord(std::optional<Id> id, const QString &label)
{
    m_id = id;
    m_pickedLabel = id ? label : QString();
    m_edit->setText(m_pickedLabel);
    Q_EMIT changed();
}

bool RecordPicker::isResolved() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() || (m_id && text == m_pickedLabel.trimmed());
}

void RecordPicker::suggest(const QString &text)
{
    m_suggestions->clear();
    if (m_id && text != m_pickedLabel)
        m_id.reset();
    if (text.trimmed().isEmpty()) {
        m_id.reset();
        Q_EMIT changed();
        return;
    }
    for (const Choice &choice : m_lookup(text)) {
        auto *item = new QStandardItem(choice.label);
        item->setData(choice.id, idRole);
        m_suggestions->appendRow(item);
        // Typing a full name exactly is as good as picking it.
        if (!m_id && choice.label.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            m_id = choice.id;
            m_pickedLabel = choice.label;
        }
    }
    m_completer->complete();
    Q_EMIT changed();
}

void RecordPicker::pick(const QModelIndex &index)
{
    m_id = index.data(idRole).toLongLong();
    m_pickedLabel = index.data(Qt::DisplayRole).toString();
    m_edit->setText(m_pickedLabel);
    Q_EMIT changed();
}

} // namespace kith::ui
