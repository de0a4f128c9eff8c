#pragma once

#include "model/Organization.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kith::ui {

class DateField;
class RecordPicker;
class TagsEdit;

// Creates or edits a membership, the user's own (no member picked) or a contact's.
class MembershipEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `membership.id == 0` creates a new one; its organization and member may be preset.
    MembershipEditor(Session &session, const Membership &membership, QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    Membership collect() const;

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const Membership &membership);
    // The typed amount in cents: nullopt when empty; false in `ok` when it is not a number.
    std::optional<qint64> duesCents(bool *ok) const;
    QString stepName(const Membership &membership) const;

    Membership m_saved;
    RecordPicker *m_organization;
    RecordPicker *m_member;
    QComboBox *m_role;
    DateField *m_since;
    QComboBox *m_status;
    QLineEdit *m_duesAmount;
    QComboBox *m_duesCurrency;
    QComboBox *m_duesPeriod;
    QComboBox *m_paidBy;
    DateField *m_renewal;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace kith::ui
