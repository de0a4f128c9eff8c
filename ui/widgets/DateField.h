#pragma once

#include "FieldWidget.h"

#include <QDate>

class QDateEdit;
class QToolButton;

namespace kith::ui {

// A date that may be left empty: a calendar-popup date edit plus a clear button. Empty
// shows as blank, so "no date" never looks like a real one.
class DateField final : public FieldWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const; // invalid when empty
    void setDate(const QDate &date);
    QDateEdit *edit() const { return m_edit; }

private:
    QDateEdit *m_edit;
    QToolButton *m_clear;
};

} // namespace kith::ui
