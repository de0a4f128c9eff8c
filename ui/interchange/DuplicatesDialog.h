#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;

namespace kith::ui {

class DuplicatesModel;
class Session;

// People ▸ Find Duplicates…: the groups of stored people who look alike; select the person
// to keep and Merge folds the rest of the group into them (one undoable step).
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(Session &session, QWidget *parent = nullptr);

    DuplicatesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Merges the selected person's group into them, after asking. False when nothing was
    // merged (no person selected, declined, or failed — failures are shown).
    bool mergeSelected();

private:
    void reload();
    void updateButtons();

    Session &m_session;
    DuplicatesModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_merge;
};

} // namespace kith::ui
