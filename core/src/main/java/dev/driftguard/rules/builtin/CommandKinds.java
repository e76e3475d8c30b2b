package dev.driftguard.rules.builtin;

import dev.driftguard.sql.Command;

/**
 * A {@link Command.Visitor} that answers one value for every command kind it does not override, so that a rule
 * interested in a few kinds overrides only those.
 */
abstract class CommandKinds<R> implements Command.Visitor<R> {

    private final R otherwise;

    CommandKinds(R otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public R visit(Command.CreateTable command) {
        return otherwise;
    }

    @Override
    public R visit(Command.AlterTable command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropTable command) {
        return otherwise;
    }

    @Override
    public R visit(Command.Truncate command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateIndex command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropIndex command) {
        return otherwise;
    }

    @Override
    public R visit(Command.RenameSequence command) {
        return otherwise;
    }

    @Override
    public R visit(Command.RenameIndex command) {
        return otherwise;
    }

    @Override
    public R visit(Command.Reindex command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateEnumType command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateOtherType command) {
        return otherwise;
    }

    @Override
    public R visit(Command.AddEnumValue command) {
        return otherwise;
    }

    @Override
    public R visit(Command.RenameEnumValue command) {
        return otherwise;
    }

    @Override
    public R visit(Command.RenameType command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropType command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateDomain command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateSchema command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropSchema command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateExtension command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropExtension command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateFunction command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropFunction command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateView command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropView command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateSequence command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropSequence command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreateTrigger command) {
        return otherwise;
    }

    @Override
    public R visit(Command.CreatePolicy command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DropPolicy command) {
        return otherwise;
    }

    @Override
    public R visit(Command.AlterPolicy command) {
        return otherwise;
    }

    @Override
    public R visit(Command.Transaction command) {
        return otherwise;
    }

    @Override
    public R visit(Command.LockTable command) {
        return otherwise;
    }

    @Override
    public R visit(Command.SetParameter command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DataChange command) {
        return otherwise;
    }

    @Override
    public R visit(Command.DoBlock command) {
        return otherwise;
    }

    @Override
    public R visit(Command.Other command) {
        return otherwise;
    }

    @Override
    public R visit(Command.Unparsed command) {
        return otherwise;
    }
}
