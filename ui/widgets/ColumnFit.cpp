#include "ColumnFit.h"

#include <algorithm>
#include <limits>

namespace kith::ui {

int widestToFit(QList<int> widths, int room)
{
    std::sort(widths.begin(), widths.end());
    int used = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const int remaining = int(widths.size() - i);
        if (used + widths[i] * remaining > room)
            return std::max(0, (room - used) / remaining);
        used += widths[i];
    }
    return std::numeric_limits<int>::max();
}

QList<int> fitColumnWidths(const QList<int> &wanted, int main, int room, int mainShare, int minimum)
{
    QList<int> others;
    for (qsizetype column = 0; column < wanted.size(); ++column) {
        if (column != main)
            others.append(wanted[column]);
    }
    const int level = std::max(minimum, widestToFit(others, std::max(0, room - mainShare)));
    QList<int> widths = wanted;
    int used = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        if (column == main)
            continue;
        widths[column] = std::min(wanted[column], level);
        used += widths[column];
    }
    if (main >= 0 && main < widths.size())
        widths[main] = std::max({minimum, mainShare, room - used});
    return widths;
}

} // namespace kith::ui
