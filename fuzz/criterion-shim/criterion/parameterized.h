/* Parameterized tests are part of criterion.h in the shim. */
#include "criterion.h"
