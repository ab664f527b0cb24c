package com.example

import io.github.graphenum.GraphEnum

@GraphEnum(doc = "api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md")
interface IosUpdatesInstallStatusSpec
