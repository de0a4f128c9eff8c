#pragma once

#include "EventBudget.h"
#include "model/Event.h"
#include "widgets/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace kith::ui {

class DateField;
class RecordPicker;
class RowTable;
class TagsEdit;

// Creates or edits an event with everything that goes with it: dates and times, place,
// status and funding, cost lines with running totals set against the fiscal year's
// budget, deadlines, sessions to attend, companions and people to meet, notes and the
// reflection afterwards.
class EventEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `event.id == 0` creates a new event.
    EventEditor(Session &session, const Event &event, QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    Event collect() const;

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void buildGeneral();
    void buildWhen();
    void buildWhere();
    void buildMoney();
    void buildLists();
    void load(const Event &event);
    void updateTimes();
    void updateCosts();

    Event m_saved;
    EventBudget m_budget;
    QLineEdit *m_name;
    RecordPicker *m_organizer;
    QComboBox *m_kind;
    QComboBox *m_format;
    QComboBox *m_status;
    QComboBox *m_funding;
    DateField *m_startDate;
    DateField *m_endDate;
    QCheckBox *m_allDay;
    QTimeEdit *m_startTime;
    QTimeEdit *m_endTime;
    QComboBox *m_timeZone;
    QLineEdit *m_venue;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLineEdit *m_url;
    QComboBox *m_currency;
    RowTable *m_costs;
    QLabel *m_totals;
    QLabel *m_budgetText;
    RowTable *m_deadlines;
    RowTable *m_sessions;
    RowTable *m_participants;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_reflection;
};

} // namespace kith::ui
