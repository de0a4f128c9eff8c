#pragma once

#include "model/OnlineGroup.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kith::ui {

class DateField;
class GroupMembersEdit;
class RecordPicker;
class TagsEdit;

// Creates or edits an online group, its members included.
class GroupEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `group.id == 0` creates a new group.
    GroupEditor(Session &session, const OnlineGroup &group, QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    OnlineGroup collect() const;
    GroupMembersEdit *members() const { return m_members; }

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const OnlineGroup &group);

    OnlineGroup m_saved;
    QLineEdit *m_name;
    QComboBox *m_platform;
    QLineEdit *m_url;
    DateField *m_joined;
    RecordPicker *m_viaGroup;
    RecordPicker *m_viaPerson;
    QSpinBox *m_cadence;
    GroupMembersEdit *m_members;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace kith::ui
