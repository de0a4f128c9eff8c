#pragma once

#include "widgets/FieldWidget.h"
#include "widgets/RecordPicker.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace kith::ui {

// The members of a group: a sorted list of names with a person picker to add one and a
// Remove for the selected ones. A plain list, so a group of hundreds stays quick to open.
class GroupMembersEdit final : public FieldWidget
{
    Q_OBJECT

public:
    explicit GroupMembersEdit(RecordPicker::Lookup people, QWidget *parent = nullptr);

    QList<Id> memberIds() const;
    void setMembers(const QList<RecordPicker::Choice> &members);
    // Adds a person unless already listed; returns whether the list changed.
    bool addMember(Id id, const QString &name);

    RecordPicker *picker() const { return m_picker; }
    QListWidget *list() const { return m_list; }

private:
    void addPicked();
    void removeSelected();
    void updateState();

    QListWidget *m_list;
    RecordPicker *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
};

} // namespace kith::ui
