using System.Reflection;
using System.Text.RegularExpressions;
using GeoNeeds.Engine.Accounting;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Console;

/// <summary>
/// A command-line parser's complaint said the GeoNeeds way: which option, what was given and what it takes
/// (<c>Option --suppress-below: 'abc' is not a whole number.</c>), never a .NET type name.
/// </summary>
internal static partial class UsageMessage
{
    // What strict parsing hands to an option given last without its value, instead of saying the value is missing.
    private const string DefaultCommand = "__default_command";

    /// <summary>The message for <paramref name="message"/>, a parser error, given the <paramref name="args"/> as typed.</summary>
    public static string Of(string message, IReadOnlyList<string> args)
    {
        if (ConversionFailed().Match(message) is { Success: true } conversion)
        {
            var value = conversion.Groups["value"].Value;
            if (value == DefaultCommand && args is [.., var last] && last.StartsWith('-'))
            {
                return Missing(last);
            }

            var option = OptionGiven(value, args);
            var takes = option is null ? null : Takes(option);
            return option is null || takes is null
                ? PrintableText.Of($"'{value}' is not a value the option takes; see geoneeds --help.")
                : PrintableText.Of($"Option {option}: '{value}' is not {takes}.");
        }

        return MissingValue().Match(message) is { Success: true } missing
            ? Missing("--" + missing.Groups["name"].Value)
            : PrintableText.Of(message);
    }

    private static string Missing(string option) =>
        PrintableText.Of($"Option {option}: a value is required{(Takes(option) is { } takes ? $" ({takes})" : "")}.");

    /// <summary>The option that <paramref name="value"/> was given to: <c>--name value</c> or <c>--name=value</c>.</summary>
    private static string? OptionGiven(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith('-') && args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return args[i][..^(value.Length + 1)];
            }

            if (i > 0 && args[i] == value && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }
        }

        return null;
    }

    /// <summary>What <paramref name="option"/> takes, from the type of the settings property it binds to (every verb agrees).</summary>
    private static string? Takes(string option)
    {
        // --k is typed for -k (GeoNeedsApp passes it on so), so names are compared without their dashes.
        var name = option.TrimStart('-');
        var kinds = typeof(UsageMessage).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CommandSettings)))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is { } attribute
                && (attribute.LongNames.Contains(name) || attribute.ShortNames.Contains(name)))
            .Select(p => Kind(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Distinct()
            .ToList();
        return kinds is [var only] ? only : null;
    }

    private static string? Kind(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant())),
        _ => null,
    };

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to ", RegexOptions.Singleline)]
    private static partial Regex ConversionFailed();

    [GeneratedRegex(@"^Option '(?<name>[^']+)' is defined but no value has been provided")]
    private static partial Regex MissingValue();
}
