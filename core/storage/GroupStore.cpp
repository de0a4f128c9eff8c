#include "GroupStore.h"
