# Seed data for the throwaway RT (start-rt.sh fills in @STATE_DIR@ and @NOTIFICATIONS@).
# Loaded by: rt-setup-database-5 --action insert --datafile <this file>
@Users = (
    { Name => 'agent1', Password => 'agent1pass', EmailAddress => 'agent1@example.com',
      RealName => 'Agent One', Privileged => 1 },
    { Name => 'customer1', Password => 'customer1pass', EmailAddress => 'customer1@example.com',
      RealName => 'Customer One', Privileged => 0 },
);
@Groups = ( { Name => 'Agents', Description => 'Support agents' } );
@Queues = ( { Name => 'Support', Description => 'Second queue for moves',
              CorrespondAddress => '', CommentAddress => '' } );
@ACL = (
    ( map { { GroupDomain => 'UserDefined', GroupId => 'Agents', Right => $_ } }
      qw(SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket CommentOnTicket
         ModifyTicket OwnTicket TakeTicket StealTicket ShowOutgoingEmail SeeCustomField
         ModifyCustomField ManageAuthTokens) ),
    ( map { { GroupDomain => 'RT::System-Role', GroupType => 'Requestor', Right => $_ } }
      qw(ShowTicket ReplyToTicket SeeQueue SeeCustomField) ),
    # customers create their own tickets (the live test does, through REST2)
    { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Right => 'CreateTicket' },
    { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Right => 'SeeQueue' },
);

@Final = ( sub {
    my $system = RT->SystemUser;
    my $group = RT::Group->new($system);
    $group->LoadUserDefinedGroup('Agents');
    my $agent = RT::User->new($system); $agent->Load('agent1');
    my ($ok, $msg) = $group->AddMember($agent->PrincipalId);
    die "agent1 into Agents: $msg" unless $ok;

    # ticket custom fields, applied globally (an unloaded queue object means "global")
    my @fields = (
        [ 'QA Score', 'Freeform', [] ],
        [ 'SLA Status', 'Select', [ 'Within SLA', 'At Risk', 'Breached' ] ],
        [ 'First Reply Minutes', 'Freeform', [] ],
    );
    for my $def (@fields) {
        my ($name, $type, $values) = @$def;
        my $cf = RT::CustomField->new($system);
        ($ok, $msg) = $cf->Create(Name => $name, Type => $type, MaxValues => 1,
                                  LookupType => 'RT::Queue-RT::Ticket');
        die "custom field $name: $msg" unless $ok;
        ($ok, $msg) = $cf->AddToObject(RT::Queue->new($system));
        die "apply $name globally: $msg" unless $ok;
        my $order = 0;
        $cf->AddValue(Name => $_, SortOrder => ++$order) for @$values;
    }

    # plain-text notifications (HTML ones cost ~0.5 s CPU per mail) or none at all
    my $mode = '@NOTIFICATIONS@';
    my $scrips = RT::Scrips->new($system); $scrips->UnLimit;
    while (my $scrip = $scrips->Next) {
        my $action = $scrip->ScripActionObj->Name || '';
        next unless $action =~ /^(Notify|Autoreply)/;
        if ($mode eq '0') {
            $scrip->SetDisabled(1);
        } elsif ($mode eq 'text' && $scrip->Template =~ /^(.*) in HTML$/) {
            $scrip->SetTemplate($1);
        }
    }

    # auth tokens: REST2 5.0.3 has no endpoint to create them; the auth string is shown only once
    require RT::AuthToken;
    open my $out, '>', '@STATE_DIR@/tokens.env' or die "tokens.env: $!";
    for my $pair ([ 'root', 'RT_TOKEN' ], [ 'agent1', 'RT_AGENT_TOKEN' ]) {
        my $user = RT::User->new($system); $user->Load($pair->[0]);
        my $token = RT::AuthToken->new($system);
        my ($id, $tmsg, $auth) = $token->Create(Owner => $user->id, Description => 'shiftlead tests');
        die "token for $pair->[0]: $tmsg" unless $id && $auth;
        print $out "$pair->[1]=$auth\n";
    }
    close $out;
} );
1;
