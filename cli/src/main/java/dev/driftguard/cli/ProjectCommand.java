package dev.driftguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** What every command that reads a project and a target shares: the same options, under the same names. */
abstract class ProjectCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    TargetOptions target;
}
