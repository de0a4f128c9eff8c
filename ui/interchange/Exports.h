#pragma once

#include <QCoreApplication>
#include <QDialog>

class QListWidget;

namespace kith::ui {

class Session;

// File ▸ Export: each asks where to write (FileDialog), writes the whole file at once and
// returns a line for the status bar; errors are shown with MessageBox and give an empty line,
// as does cancelling.
class Exports
{
    Q_DECLARE_TR_FUNCTIONS(kith::ui::Exports)

public:
    static QString vCard(QWidget *parent, Session &session);
    static QString iCalendar(QWidget *parent, Session &session);
    static QString csv(QWidget *parent, Session &session); // asks which list first
    static QString backup(QWidget *parent, Session &session);
};

// Which list a CSV export writes: people, organizations, groups, memberships, events,
// recommendations or interactions.
class CsvListDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CsvListDialog(QWidget *parent = nullptr);

    QString list() const; // the chosen list's key ("people")

private:
    QListWidget *m_lists;
};

} // namespace kith::ui
