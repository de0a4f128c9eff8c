// ListSection's work on the records themselves: deleting and tagging the selection through
// the section's RecordActions, and keeping an edited or new record in view.
#include "InputDialog.h"
#include "ListSection.h"
#include "Lookups.h"
#include "MessageBox.h"

#include <QAction>

namespace kith::ui {

void ListSection::setRecordActions(RecordActions actions)
{
    m_actions = std::move(actions);
    m_addTagAction->setVisible(bool(m_actions.tag));
    m_removeTagAction->setVisible(bool(m_actions.tag));
    m_deleteAction->setVisible(bool(m_actions.remove));
}

QString ListSection::recordsWord(const QList<Id> &ids) const
{
    if (ids.size() == 1 && m_actions.name) {
        if (const QString name = m_actions.name(ids.first()); !name.isEmpty())
            return name;
    }
    return m_actions.count ? m_actions.count(int(ids.size()))
                           : tr("%n record(s)", nullptr, int(ids.size()));
}

void ListSection::deleteRecords(const QList<Id> &ids)
{
    if (!m_actions.remove || ids.isEmpty())
        return;
    const QString what = recordsWord(ids);
    QString question = tr("Delete %1?").arg(what);
    if (!m_actions.consequences.isEmpty())
        question += QStringLiteral("\n\n") + m_actions.consequences;
    if (MessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status status =
            m_session.perform(tr("Delete %1").arg(what), [&] { return m_actions.remove(ids); });
        !status)
        showError(tr("Delete"), status.error().message());
}

void ListSection::tagRecords(const QList<Id> &ids, const QString &tag, bool add)
{
    if (!m_actions.tag)
        return;
    const QString what = recordsWord(ids);
    const QString step =
        add ? tr("Tag %1 “%2”").arg(what, tag) : tr("Untag %1 “%2”").arg(what, tag);
    if (Status status = m_session.perform(step, [&] { return m_actions.tag(ids, tag, add); });
        !status)
        showError(add ? tr("Add Tag") : tr("Remove Tag"), status.error().message());
}

void ListSection::promptTag(bool add)
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty() || !m_actions.tag)
        return;
    const QString title = add ? tr("Add Tag") : tr("Remove Tag");
    const QString label =
        add ? tr("Tag to add to %n record(s):", nullptr, static_cast<int>(ids.size()))
            : tr("Tag to remove from %n record(s):", nullptr, static_cast<int>(ids.size()));
    const std::optional<QString> tag =
        InputDialog::text(this, title, label, knownTagNames(m_session));
    if (tag)
        tagRecords(ids, *tag, add);
}

void ListSection::showError(const QString &title, const QString &message)
{
    MessageBox::warning(this, title, message);
}

void ListSection::keepInView(Id id)
{
    if (id == 0)
        return;
    selectAfterSave(id);
    showRecord(id);
}

} // namespace kith::ui
