package com.example.application;

import io.github.graphenum.GraphEnum;

@GraphEnum(name = "color", table = "| Member | Value |\n|---|---|\n| red | 0 |\n| green | 1 |\n")
interface ColorSpec {}
