#pragma once

#include <QList>

namespace kith::ui {

// The widest a column may be so that columns of the given widths, none wider, fit `room`:
// the narrow ones keep their width and the widest give way first. No limit when they fit.
int widestToFit(QList<int> widths, int room);

// The widths of columns that want `wanted` in a list `room` wide. When they do not all fit,
// the widest of the others give way first (down to `minimum`) so that `main`, the column
// that says what a row is, keeps at least `mainShare`; room to spare goes to `main`.
QList<int> fitColumnWidths(const QList<int> &wanted, int main, int room, int mainShare,
                           int minimum);

} // namespace kith::ui
