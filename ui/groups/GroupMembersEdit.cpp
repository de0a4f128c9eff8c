#include "GroupMembersEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

GroupMembersEdit::GroupMembersEdit(RecordPicker::Lookup people, QWidget *parent)
    : FieldWidget(parent)
    , m_list(new QListWidget(this))
    , m_picker(new RecordPicker(std::move(people), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_count(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("membersList"));
    m_list->setAccessibleName(tr("Members"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->setUniformItemSizes(true); // keeps hundreds of names cheap to lay out
    m_list->setMinimumHeight(120);
    m_picker->setObjectName(QStringLiteral("memberPicker"));
    m_picker->edit()->setPlaceholderText(tr("Type a name to add…"));
    m_picker->setAccessibleName(tr("Person to add"));
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_remove->setObjectName(QStringLiteral("removeMembersButton"));
    m_count->setObjectName(QStringLiteral("membersCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_picker, 1);
    adding->addWidget(m_add);
    adding->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(adding);
    layout->addWidget(m_count);

    connect(m_picker, &FieldWidget::changed, this, &GroupMembersEdit::updateState);
    // A name typed but not yet added matters to the editor's validation too.
    connect(m_picker, &FieldWidget::changed, this, &FieldWidget::changed);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &GroupMembersEdit::updateState);
    connect(m_add, &QPushButton::clicked, this, &GroupMembersEdit::addPicked);
    connect(m_remove, &QPushButton::clicked, this, &GroupMembersEdit::removeSelected);
    updateState();
}

QList<Id> GroupMembersEdit::memberIds() const
{
    QList<Id> ids;
    ids.reserve(m_list->count());
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(idRole).toLongLong());
    return ids;
}

void GroupMembersEdit::setMembers(const QList<RecordPicker::Choice> &members)
{
    m_list->clear();
    for (const RecordPicker::Choice &member : members) {
        auto *item = new QListWidgetItem(member.label);
        item->setData(idRole, member.id);
        m_list->addItem(item);
    }
    updateState();
    Q_EMIT changed();
}

bool GroupMembersEdit::addMember(Id id, const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return false;
        }
    }
    auto *item = new QListWidgetItem(name);
    item->setData(idRole, id);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    updateState();
    Q_EMIT changed();
    return true;
}

void GroupMembersEdit::addPicked()
{
    if (!m_picker->id())
        return;
    addMember(*m_picker->id(), m_picker->label().trimmed());
    m_picker->setRecord(std::nullopt, {});
    m_picker->setFocus();
}

void GroupMembersEdit::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    updateState();
    Q_EMIT changed();
}

void GroupMembersEdit::updateState()
{
    m_add->setEnabled(m_picker->id().has_value() && m_picker->isResolved());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_count->setText(tr("%n member(s)", nullptr, m_list->count()));
}

} // namespace kith::ui
