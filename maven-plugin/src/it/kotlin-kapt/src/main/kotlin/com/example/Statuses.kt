package com.example

/** Kotlin code using the enum generated from the Kotlin spec. */
fun describe(memberName: String): String {
    val status = IosUpdatesInstallStatus.fromMemberName(memberName)
    return "${status.name} (${status.value()})"
}
