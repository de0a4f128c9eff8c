#include "DuplicatesDialog.h"

#include "DuplicatesModel.h"
#include "session/Session.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kith::ui {

DuplicatesDialog::DuplicatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new DuplicatesModel(session, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("duplicatesView"));
    m_view->setAccessibleName(tr("People who look alike"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge into Selected…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DuplicatesDialog::updateButtons);
    reload();
    resize(820, 520);
}

void DuplicatesDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = m_model->reload();
    QApplication::restoreOverrideCursor();
    if (!status)
        MessageBox::warning(this, windowTitle(), status.errorMessage());
    m_view->expandAll();
    m_summary->setText(
        m_model->groupCount() == 0
            ? tr("No one looks like anyone else: no shared e-mail, profile address or name.")
            : tr("%n groups of people who share an e-mail, a profile address or a name. "
                 "Select the person to keep, then Merge: the others' details, history and "
                 "links move to them.",
                 nullptr, m_model->groupCount()));
    // The first person of the first group, so Merge means "keep the oldest record".
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    m_view->setCurrentIndex(first);
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    m_merge->setEnabled(m_model->personAt(m_view->currentIndex()) != 0);
}

bool DuplicatesDialog::mergeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const Id keep = m_model->personAt(current);
    if (keep == 0)
        return false;
    QList<Id> others = m_model->groupOf(current);
    others.removeAll(keep);
    if (others.isEmpty())
        return false;
    const QString name = m_model->nameOf(keep);
    const auto answer = MessageBox::question(
        this, tr("Merge"),
        tr("Merge %n other people into %1? Their e-mails, phones, jobs, interactions and "
           "links move to %1, and they are deleted. Edit ▸ Undo takes it back.",
           nullptr, int(others.size()))
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    const Status status = m_session.perform(tr("Merge into %1").arg(name), [&] {
        return interchange::mergePeople(m_session.db(), keep, others);
    });
    if (!status) {
        MessageBox::warning(this, tr("Merge"), status.errorMessage());
        return false;
    }
    reload();
    return true;
}

} // namespace kith::ui
