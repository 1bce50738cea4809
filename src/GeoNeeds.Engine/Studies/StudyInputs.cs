using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Referrals;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Studies;

/// <summary>Reads each input of a study and counts its rows in the base level's areas.</summary>
/// <param name="warnings">Receives what the input files (and the postcode lookup) were read despite.</param>
/// <param name="cells">The areas counted in, whose layer <paramref name="locator"/> searches.</param>
internal sealed class StudyInputs(StudyDefinition study, AreaLocator locator, StudyCells cells, ICollection<InputWarning> warnings, IProgress<StudyProgress>? progress)
{
    private readonly Lazy<PostcodeLookup> _postcodes = new(() => StudyPostcodes.Read(study, warnings));

    /// <summary>The study's postcode tables, read once for every input and the outcome forms.</summary>
    public PostcodeLookup Postcodes => _postcodes.Value;

    public InputResult Count(InputDefinition input)
    {
        var account = new InputAccount(input.Name);
        var counts = new EventCounts();
        if (StudyDatabase.Holds(input))
        {
            return CountDatabasePoints(input, account, counts);
        }

        var files = input.Files.SelectMany(p => StudyFile.ResolveFiles(study, p)).Distinct().ToList();
        return input.Type == InputType.Referrals
            ? CountReferrals(input, files, account, counts)
            : CountPoints(input, files, account, counts);
    }

    private InputResult CountPoints(InputDefinition input, IReadOnlyList<string> files, InputAccount account, EventCounts counts)
    {
        var columns = ColumnsOf(input);
        var joiner = JoinerFor(input);
        foreach (var file in files)
        {
            joiner.JoinFile(file, columns, SelectionOf(input.Select), account, counts, warnings, new RowProgress(progress, $"{input.Name}: {Path.GetFileName(file)}"));
        }

        return new InputResult(input, files, counts, account, Compared(joiner.Agreement));
    }

    private InputResult CountDatabasePoints(InputDefinition input, InputAccount account, EventCounts counts)
    {
        using var database = StudyDatabase.Open(study);
        var source = StudyDatabase.SourceOf(input);
        var columns = ColumnsOf(input);
        if (input.Join != PointJoin.Database)
        {
            var joiner = JoinerFor(input);
            Join(joiner, DatabasePointReader.Read(database, source, columns, SelectionOf(input.Select), account), input.Name, source.Label, columns, account, counts);
            return new InputResult(input, [source.Label], counts, account, Compared(joiner.Agreement));
        }

        var baseLevel = study.Levels[0];
        var join = new DatabaseJoin(database, StudyDatabase.SourceOf(baseLevel), StudyGeography.OptionsOf(baseLevel), locator);
        var placed = new EventCounts();
        join.Count(source, columns, SelectionOf(input.Select), input.Name, account, placed);
        foreach (var (area, month, category, count) in placed.Cells)
        {
            counts.Add(area, MonthText.Period(month), category, count);
        }

        return new InputResult(input, [source.Label], counts, account, Compared(join.Agreement));
    }

    private void Join(PointJoiner joiner, IEnumerable<PointRecord> rows, string input, string source, PointColumns columns, InputAccount account, EventCounts counts) =>
        joiner.Join(Reported(rows, input, source).Select(p => p with { Month = MonthText.Period(p.Month) }), new PointSource(input, source, columns.CoordinateSystem), account, counts);

    private PointJoiner JoinerFor(InputDefinition input) => new(locator, input.Join == PointJoin.AreaCode ? JoinMethod.AreaCode : JoinMethod.Spatial);

    private static JoinAgreement? Compared(JoinAgreement agreement) => agreement.Compared > 0 ? agreement : null;

    private InputResult CountReferrals(InputDefinition input, IReadOnlyList<string> files, InputAccount account, EventCounts counts)
    {
        var geocoder = new ReferralGeocoder(_postcodes.Value, locator, cells.OfPostcode);
        var byField = ProfiledFields(input).ToDictionary(f => f, _ => new EventCounts(), StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var rows = WithAgeBySex(Reported(ReferralFileReader.Read(file, input.PostcodeColumn, account, warnings, input.MonthColumn), input.Name, file), input);
            geocoder.Join(rows, input.Name, file, r => (r.Month, FieldOf(r, input.CategoryColumn)), account, counts, byField);
        }

        return new InputResult(input, files, counts, account, null, geocoder.PlacedByCode, geocoder.PlacedByCoordinates, byField);
    }

    private IEnumerable<string> ProfiledFields(InputDefinition input) =>
        (study.Needs?.Profiles is { } profiles && profiles.Input == input.Name ? profiles.Fields : [])
        .Concat(study.Needs?.Representation is { } representation && representation.Input == input.Name ? representation.AllFields : [])
        .Distinct(StringComparer.OrdinalIgnoreCase);

    private static PointColumns ColumnsOf(InputDefinition input) => input.Format == PointFormat.PoliceUk
        ? PointColumns.PoliceUk
        : new PointColumns(input.Columns!.X, input.Columns.Y, CoordinateSystem.Parse(input.Columns.Crs))
        {
            Month = input.Columns.Month,
            Category = input.Columns.Category,
            AreaCode = input.Columns.AreaCode,
        };

    private static PointSelection? SelectionOf(SelectionDefinition? select) => select is null
        ? null
        : new PointSelection
        {
            Categories = select.Categories.Count == 0 ? null : new HashSet<string>(select.Categories, StringComparer.OrdinalIgnoreCase),
            FlagColumn = select.FlagColumn,
            FlagValues = select.FlagValues.Count == 0 ? null : new HashSet<string>(select.FlagValues, StringComparer.OrdinalIgnoreCase),
        };

    /// <summary>The referrals with <c>needs.representation</c>'s age-by-sex field added, when it has one for this input.</summary>
    private IEnumerable<ReferralRecord> WithAgeBySex(IEnumerable<ReferralRecord> rows, InputDefinition input)
    {
        if (study.Needs?.Representation is not { CrossedField: { } crossed } need || need.Input != input.Name)
        {
            return rows;
        }

        return rows.Select(r => r with
        {
            Fields = new Dictionary<string, string>(r.Fields, StringComparer.OrdinalIgnoreCase)
            {
                [crossed] = Needs.RepresentationNeed.Crossed(r.Fields.GetValueOrDefault(need.AgeBySex[0]), r.Fields.GetValueOrDefault(need.AgeBySex[1])),
            },
        });
    }

    private static string? FieldOf(ReferralRecord referral, string? field) =>
        field is not null && referral.Fields.TryGetValue(field, out var value) ? value : null;

    private IEnumerable<T> Reported<T>(IEnumerable<T> rows, string input, string file)
    {
        long done = 0;
        foreach (var row in rows)
        {
            if (++done % 10_000 == 0)
            {
                progress?.Report(new StudyProgress($"{input}: {Path.GetFileName(file)}", done));
            }

            yield return row;
        }

        progress?.Report(new StudyProgress($"{input}: {Path.GetFileName(file)}", done));
    }

    /// <summary>Reports a point file's rows read so far as the study's progress.</summary>
    private sealed class RowProgress(IProgress<StudyProgress>? progress, string stage) : IProgress<long>
    {
        public void Report(long value) => progress?.Report(new StudyProgress(stage, value));
    }
}
