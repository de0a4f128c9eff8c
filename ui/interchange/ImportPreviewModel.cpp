#include "ImportPreviewModel.h"

#include <QComboBox>

namespace kith::ui {

using interchange::MatchReason;
using interchange::PlannedPerson;
using interchange::RowAction;
using interchange::RowStatus;

namespace {

constexpr RowAction allActions[] = {RowAction::Merge, RowAction::Skip, RowAction::Create};

QString reasonLabel(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Uid:
        return ImportPreviewModel::tr("same card");
    case MatchReason::ProfileUrl:
        return ImportPreviewModel::tr("same profile address");
    case MatchReason::Email:
        return ImportPreviewModel::tr("same e-mail");
    case MatchReason::Name:
        return ImportPreviewModel::tr("same name");
    case MatchReason::None:
        break;
    }
    return {};
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(interchange::ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    if (m_plan) {
        for (qsizetype i = 0; i < m_plan->people.size(); ++i) {
            const RowStatus status = m_plan->people[i].status;
            if (status == RowStatus::Update || status == RowStatus::Duplicate)
                m_rows.append(i);
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qsizetype ImportPreviewModel::batchRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : -1;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_plan)
        return {};
    const qsizetype row = m_rows[index.row()];
    const PlannedPerson &planned = m_plan->people[row];
    const IncomingPerson &incoming = m_plan->batch.people[row];
    if (role == Qt::EditRole && index.column() == Action)
        return int(planned.action);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return incoming.where.display();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return incoming.person.displayName;
    case Found: {
        const QString kind = planned.status == RowStatus::Update ? tr("Update") : tr("Duplicate");
        const QString why = reasonLabel(planned.reason);
        return why.isEmpty() ? kind : tr("%1 (%2)").arg(kind, why);
    }
    case Matches:
        if (planned.match)
            return planned.matchName;
        if (planned.matchedRow)
            return tr("%1, earlier in this file")
                .arg(m_plan->batch.people[*planned.matchedRow].person.displayName);
        return {};
    case Changes: {
        if (planned.changes.isEmpty())
            return planned.status == RowStatus::Update ? tr("nothing new") : QString();
        QStringList parts;
        parts.reserve(planned.changes.size());
        for (const interchange::FieldChange &change : planned.changes)
            parts.append(change.display());
        return parts.join(QStringLiteral("; "));
    }
    case Action:
        return actionLabel(planned.action);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("In the file");
    case Found:
        return tr("Found as");
    case Matches:
        return tr("Matches");
    case Changes:
        return tr("Changes on merge");
    case Action:
        return tr("Action");
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_plan || role != Qt::EditRole || index.column() != Action)
        return false;
    const int wanted = value.toInt();
    if (wanted < int(RowAction::Create) || wanted > int(RowAction::Skip))
        return false;
    if (!m_plan->setAction(m_rows[index.row()], RowAction(wanted)))
        return false;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT actionsChanged();
    return true;
}

void ImportPreviewModel::setActions(const QList<int> &rows, RowAction action)
{
    if (!m_plan)
        return;
    bool changed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size() || !m_plan->setAction(m_rows[row], action))
            continue;
        changed = true;
        const QModelIndex cell = index(row, Action);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole});
    }
    if (changed)
        Q_EMIT actionsChanged();
}

QString ImportPreviewModel::actionLabel(RowAction action)
{
    switch (action) {
    case RowAction::Merge:
        return tr("Merge");
    case RowAction::Skip:
        return tr("Skip");
    case RowAction::Create:
        return tr("Create");
    }
    return {};
}

QWidget *RowActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("rowActionCombo"));
    combo->setAccessibleName(ImportPreviewModel::tr("Action"));
    for (RowAction action : allActions)
        combo->addItem(ImportPreviewModel::actionLabel(action), int(action));
    return combo;
}

void RowActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void RowActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace kith::ui
