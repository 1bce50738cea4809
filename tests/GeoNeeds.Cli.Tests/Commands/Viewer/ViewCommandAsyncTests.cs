using GeoNeeds.Cli.Commands.Viewer;
using Mono.Cecil;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Tests.Commands.Viewer;

/// <summary><c>geoneeds view</c> awaits its web server from <c>Main</c> down, never blocking a thread on a task.</summary>
public class ViewCommandAsyncTests
{
    // The types from the entry point to the served viewer: the top-level program, the app and the command.
    private static readonly string[] ViewPath = ["Program", "GeoNeeds.Cli.GeoNeedsApp", "GeoNeeds.Cli.Commands.Viewer.ViewCommand"];

    private static readonly string[] BlockingMembers = ["Wait", "WaitAll", "get_Result", "GetResult"];

    [Fact]
    public void ViewCommand_IsAnAsyncCommand()
    {
        Assert.True(typeof(ViewCommand).IsSubclassOf(typeof(AsyncCommand<ViewCommand.Settings>)));
    }

    [Fact]
    public void ViewPath_NeverBlocksOnATask()
    {
        // Sync-over-async (.Result, .Wait(), GetAwaiter().GetResult()) in the code as written. The compiler's own
        // state machines call GetResult only once an awaited task has finished, and its <Main> entry point is how the
        // runtime waits for an async Main, so both are left out.
        using var module = ModuleDefinition.ReadModule(typeof(ViewCommand).Assembly.Location);

        var blocking = module.GetTypes()
            .Where(type => ViewPath.Contains(Outermost(type).FullName) && !type.Interfaces.Any(i => i.InterfaceType.Name == "IAsyncStateMachine"))
            .SelectMany(type => type.Methods.Where(m => m.HasBody && m.Name != "<Main>"))
            .SelectMany(method => method.Body.Instructions.Select(i => i.Operand).OfType<MethodReference>().Where(IsBlocking).Select(call => $"{method.FullName} calls {call.FullName}"))
            .ToList();

        Assert.Contains(module.GetTypes(), type => type.FullName == ViewPath[2]);
        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }

    private static bool IsBlocking(MethodReference call) =>
        call.DeclaringType.Namespace is "System.Threading.Tasks" or "System.Runtime.CompilerServices" && BlockingMembers.Contains(call.Name);

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);
}
