#include "TagStore.h"
