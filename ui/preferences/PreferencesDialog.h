#pragma once

#include <QDialog>

namespace kith::ui {

class Session;

// Preferences: the yearly professional-development budget, its currency and fiscal-year
// start (stored in the database, since they belong to the data), the default keep-in-touch
// cadence for new people, the reminder horizon in days and start-up behaviour (QSettings).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session &session, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Saves the budget (one undoable step) and the desktop preferences, unless something
    // is invalid; then the problem shows beside its field and the dialog stays open.
    void accept() override;
    QString problemText(const QString &field) const;

private:
    void revalidate();

    struct Fields;
    Session &m_session;
    std::unique_ptr<Fields> m_fields;
};

// Desktop preferences kept in QSettings, read wherever they matter.
struct DesktopPreferences
{
    int defaultCadenceDays = 0; // 0: new people are not tracked
    int reminderHorizonDays = 14;
    enum class Startup
    {
        LastDatabase,
        Ask
    } startup = Startup::LastDatabase;
    bool remindersEnabled = true;

    static DesktopPreferences load();
    void save() const;
};

} // namespace kith::ui
